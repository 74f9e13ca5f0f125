<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>sothon</name>
    <message>
      <location filename="desktop_app/cli/__init__.py" line="167" />
      <source>Something went wrong: {detail}. Nothing was changed. Details are in the log file.</source>
      <translation>Đã xảy ra lỗi: {detail}. Chưa có gì bị thay đổi. Chi tiết được ghi trong tệp nhật ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/__init__.py" line="48" />
      <source>Sổ Thôn — the hamlet book.</source>
      <translation>Sổ Thôn — sổ sách của thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/__init__.py" line="49" />
      <source>data directory (default: SOTHON_DATA_DIR or the user data folder)</source>
      <translation>thư mục dữ liệu (mặc định: SOTHON_DATA_DIR hoặc thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/__init__.py" line="50" />
      <source>language of messages: vi or en</source>
      <translation>ngôn ngữ hiển thị: vi hoặc en</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/__init__.py" line="51" />
      <source>profile to act as (default: the default profile)</source>
      <translation>tài khoản sử dụng (mặc định: tài khoản mặc định)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/__init__.py" line="53" />
      <source>open the window, wait until the first page shows data, then exit</source>
      <translation>mở cửa sổ, chờ trang đầu tiên hiện dữ liệu rồi thoát</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/backups.py" line="12" />
      <source>write a backup copy of the database now</source>
      <translation>sao lưu cơ sở dữ liệu ngay bây giờ</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/backups.py" line="13" />
      <source>file to write (default: the backups folder)</source>
      <translation>tệp cần ghi (mặc định: thư mục sao lưu)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/backups.py" line="14" />
      <source>replace the database with a backup (after checking it)</source>
      <translation>thay cơ sở dữ liệu bằng một bản sao lưu (sau khi kiểm tra)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/backups.py" line="16" />
      <source>restore even when the backup holds another unit's data (this unit's data, key and profiles are replaced; the current database is kept in the backups folder)</source>
      <translation>khôi phục cả khi bản sao lưu chứa dữ liệu của đơn vị khác (dữ liệu, khóa và hồ sơ người dùng của đơn vị này bị thay thế; cơ sở dữ liệu hiện tại được giữ trong thư mục sao lưu)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/backups.py" line="26" />
      <source>Backup written to {path}.</source>
      <translation>Đã sao lưu vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/backups.py" line="34" />
      <source>Restored {path}. The database as it was is kept in {safety}.</source>
      <translation>Đã khôi phục {path}. Dữ liệu trước khi khôi phục được giữ ở {safety}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/common.py" line="108" />
      <source>New passphrase: </source>
      <translation>Mật khẩu mới: </translation>
    </message>
    <message>
      <location filename="desktop_app/cli/common.py" line="109" />
      <source>Repeat the passphrase: </source>
      <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
      <location filename="desktop_app/cli/common.py" line="58" />
      <source>print one JSON document</source>
      <translation>in ra một tài liệu JSON</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/common.py" line="81" />
      <source>Passphrase for {profile}: </source>
      <translation>Mật khẩu của {profile}: </translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="102" />
      <source>The key of {name} ({code}) no longer counts for bundles signed from {day} on.</source>
      <translation>Khóa của {name} ({code}) không còn hiệu lực đối với các gói ký từ ngày {day} trở đi.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="107" />
      <source>import hamlets' bundles into the commune's records (commune)</source>
      <translation>nhập các gói của thôn vào dữ liệu của xã (xã)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="110" />
      <source>check each bundle and show what would be added, changed and removed; write nothing</source>
      <translation>kiểm tra từng gói và cho biết những gì sẽ được thêm, sửa và xóa; không ghi gì</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="112" />
      <source>folder to write the receipts in (default: the receipts folder of the data directory)</source>
      <translation>thư mục để ghi giấy biên nhận (mặc định: thư mục receipts trong thư mục dữ liệu)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="120" />
      <source>{file}: rejected — {message}</source>
      <translation>{file}: bị trả lại — {message}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="123" />
      <source>{file}: already imported, nothing changed.</source>
      <translation>{file}: đã nhập trước đó, không có gì thay đổi.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="125" />
      <source>{file}: would add {added}, change {changed}, remove {removed}.</source>
      <translation>{file}: sẽ thêm {added}, sửa {changed}, xóa {removed}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="128" />
      <source>{file}: imported — {added} added, {changed} changed, {removed} removed.</source>
      <translation>{file}: đã nhập — thêm {added}, sửa {changed}, xóa {removed}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="131" />
      <source>Bundles not received yet: {numbers}.</source>
      <translation>Các gói chưa nhận được: {numbers}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="154" />
      <source>(pseudonymised)</source>
      <translation>(đã ẩn danh)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="156" />
      <source>Household {number}: {head}, {members} present — {address}</source>
      <translation>Hộ {number}: {head}, {members} người đang cư trú — {address}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="16" />
      <source>register a hamlet from its certificate file (commune)</source>
      <translation>đăng ký một thôn từ tệp chứng thư của thôn (xã)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="182" />
      <source>(deleted)</source>
      <translation>(đã xóa)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="184" />
      <source>{shown} of {total} records received from {unit}.</source>
      <translation>{shown} trên {total} bản ghi đã nhận từ {unit}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="19" />
      <source>the hamlet's new key: its current key stops counting from --from (default today)</source>
      <translation>khóa mới của thôn: khóa hiện tại thôi có hiệu lực từ ngày --from (mặc định hôm nay)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="194" />
      <source>Saved to {path}.</source>
      <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="20" />
      <source>with --replace: the first day the old key no longer counts</source>
      <translation>đi cùng --replace: ngày đầu tiên khóa cũ không còn hiệu lực</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="203" />
      <source>--year must be a year from 2000 to 2100.</source>
      <translation>--year phải là một năm từ 2000 đến 2100.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="219" />
      <source>Year {year}: a month is on time when its bundle was imported by day {day} of the next month.</source>
      <translation>Năm {year}: một tháng là đúng hạn khi gói dữ liệu của tháng đó được nhập trước hoặc trong ngày {day} tháng sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="221" />
      <source>✓ on time  ! late  ✗ missing  … not yet due  · not over</source>
      <translation>✓ đúng hạn  ! trễ hạn  ✗ thiếu  … chưa đến hạn  · chưa hết tháng</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="226" />
      <source>last no. {n}, last contact {when}</source>
      <translation>số gói cuối {n}, liên lạc cuối {when}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="229" />
      <source>bundles missing: {numbers}</source>
      <translation>còn thiếu gói số: {numbers}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="23" />
      <source>the enrolled hamlets and their keys (commune)</source>
      <translation>các thôn đã đăng ký và khóa của thôn (xã)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="25" />
      <source>stop trusting a hamlet's key for bundles signed from a date on (commune)</source>
      <translation>thôi tin khóa của một thôn đối với các gói ký từ một ngày trở đi (xã)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="251" />
      <source>A month's bundle is due by day {day} of the next month (default: day {default}).</source>
      <translation>Hạn nộp gói dữ liệu của một tháng là ngày {day} tháng sau (mặc định: ngày {default}).</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="27" />
      <source>the hamlet's unit code</source>
      <translation>mã đơn vị của thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="279" />
      <source>Written {path}.</source>
      <translation>Đã ghi {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="281" />
      <source>Hamlets with missing months: {codes}.</source>
      <translation>Các thôn còn thiếu số liệu tháng: {codes}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="283" />
      <source>Signed and kept in the register of issued documents ({id}).</source>
      <translation>Đã ký và lưu vào sổ văn bản đã ban hành ({id}).</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="29" />
      <source>bundles signed on or after this day are refused; earlier ones stay valid</source>
      <translation>các gói ký từ ngày này trở đi bị từ chối; các gói ký trước đó vẫn có hiệu lực</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="32" />
      <source>the commune's own papers from what its hamlets sent (commune)</source>
      <translation>văn bản của xã tổng hợp từ số liệu các thôn gửi về (xã)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="34" />
      <source>the commune's periodic report from its hamlets' figures, as a PDF</source>
      <translation>báo cáo định kỳ của xã tổng hợp số liệu các thôn, dạng PDF</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="35" />
      <source>a year (2026), a quarter (2026-Q3) or a month (2026-07)</source>
      <translation>năm (2026), quý (2026-Q3) hoặc tháng (2026-07)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="36" />
      <source>the PDF file to write</source>
      <translation>tệp PDF cần ghi</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="37" />
      <source>sign it as the acting profile and keep it</source>
      <translation>ký bằng hồ sơ đang dùng và lưu lại</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="39" />
      <source>who has sent what: each hamlet's months received on time, late or missing</source>
      <translation>thôn nào đã gửi gì: các tháng của từng thôn đã nhận đúng hạn, trễ hạn hay còn thiếu</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="41" />
      <source>the year (default: this year)</source>
      <translation>năm (mặc định: năm nay)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="42" />
      <source>show or set the day of the next month by which a month's bundle is due</source>
      <translation>xem hoặc đặt hạn nộp gói dữ liệu hằng tháng (ngày của tháng sau)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="44" />
      <source>a day from 1 to 28; "default" goes back to the default</source>
      <translation>một ngày từ 1 đến 28; "default" để trở về mặc định</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="46" />
      <source>a hamlet's records as the commune received them, read-only (commune)</source>
      <translation>xem các bản ghi xã đã nhận từ một thôn, chỉ đọc (xã)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="48" />
      <source>household, resident, mediation_case, meeting, security_event, security_activity or document</source>
      <translation>household (hộ), resident (nhân khẩu), mediation_case (vụ việc hòa giải), meeting (cuộc họp), security_event (vụ việc ANTT), security_activity (hoạt động phong trào) hoặc document (văn bản)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="50" />
      <source>the hamlet's unit code (sothon enrolled)</source>
      <translation>mã đơn vị của thôn (xem bằng sothon enrolled)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="51" />
      <source>also the records the hamlet deleted</source>
      <translation>gồm cả các bản ghi thôn đã xóa</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="52" />
      <source>at most N records</source>
      <translation>tối đa N bản ghi</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="53" />
      <source>skip the first N records</source>
      <translation>bỏ qua N bản ghi đầu</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="55" />
      <source>save a copy of a document a hamlet sent (commune)</source>
      <translation>lưu bản sao một văn bản thôn đã gửi (xã)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="56" />
      <source>the document's id (sothon received document --unit CODE)</source>
      <translation>mã văn bản (xem bằng sothon received document --unit MÃ)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="70" />
      <source>--from goes with --replace</source>
      <translation>--from chỉ dùng cùng --replace</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="76" />
      <source>Enrolled {name} ({code}). Compare this fingerprint with the one the hamlet's window shows:
{fp}</source>
      <translation>Đã đăng ký {name} ({code}). Hãy so dấu vân tay này với dấu vân tay hiện trên máy của thôn:
{fp}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="87" />
      <source>No hamlet is enrolled yet.</source>
      <translation>Chưa đăng ký thôn nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/commune.py" line="91" />
      <source>revoked from {day}</source>
      <translation>đã thu hồi từ {day}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="112" />
      <source>{count} documents written to {path}.</source>
      <translation>Đã ghi {count} văn bản vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="114" />
      <source>Not signed (another profile signs them): {kinds}.</source>
      <translation>Chưa ký (do hồ sơ khác ký): {kinds}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="148" />
      <source>Co-signed by {name}: {title}.</source>
      <translation>Đã ký thứ hai bởi {name}: {title}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="160" />
      <source>No signed document is kept yet.</source>
      <translation>Chưa lưu văn bản đã ký nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="176" />
      <source>Moved to the trash: {title}.</source>
      <translation>Đã chuyển vào thùng rác: {title}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="18" />
      <source>official documents: render, specimens, verify a signed PDF</source>
      <translation>văn bản: lập văn bản, lập bộ mẫu, kiểm tra chữ ký của tệp PDF</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="184" />
      <source>Restored: {title}.</source>
      <translation>Đã khôi phục: {title}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="195" />
      <source>until revoked</source>
      <translation>đến khi thu hồi</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="198" />
      <source>revoked from {date}</source>
      <translation>đã thu hồi từ {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="20" />
      <source>render one PDF of every document kind from this directory's data</source>
      <translation>lập mỗi loại văn bản một tệp PDF từ dữ liệu của thư mục này</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="208" />
      <source>{name} may sign the unit's state documents on the head's behalf.</source>
      <translation>{name} được ký thay trưởng thôn các văn bản của thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="218" />
      <source>Nobody signs on the head's behalf.</source>
      <translation>Chưa có ai được ký thay trưởng thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="226" />
      <source>{name} no longer signs on the head's behalf from {date}.</source>
      <translation>Từ ngày {date}, {name} không còn được ký thay trưởng thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="24" />
      <source>render one document</source>
      <translation>lập một văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="27" />
      <source>the date the content is for: a list as of that day, the meeting's day (dd/mm/yyyy or yyyy-mm-dd)</source>
      <translation>ngày mà nội dung văn bản tính đến: danh sách tính đến ngày đó, ngày họp (dd/mm/yyyy hoặc yyyy-mm-dd)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="29" />
      <source>the document's own date, printed in its date line (default: --on, else today); signing refuses a later date than today</source>
      <translation>ngày ban hành văn bản, in ở dòng địa danh và ngày tháng (mặc định: --on, nếu không có thì hôm nay); không ký văn bản đề ngày sau hôm nay</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="32" />
      <source>voter list: the election day, on which ages and residence are counted (default: --on)</source>
      <translation>danh sách cử tri: ngày bầu cử, ngày dùng để tính tuổi và nơi cư trú (mặc định: --on)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="34" />
      <source>voter list: the election's name, printed under the title</source>
      <translation>danh sách cử tri: tên cuộc bầu cử, in dưới tiêu đề</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="35" />
      <source>voter list: the voting area (Khu vực bỏ phiếu)</source>
      <translation>danh sách cử tri: khu vực bỏ phiếu</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="36" />
      <source>minutes: the profile that co-signs as secretary (printed in its block; it signs later with 'documents cosign')</source>
      <translation>biên bản: hồ sơ cùng ký với tư cách thư ký (in tên ở khối chữ ký của thư ký; ký sau bằng lệnh 'documents cosign')</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="40" />
      <source>add the second signature a kept document awaits (minutes: the secretary's)</source>
      <translation>thêm chữ ký thứ hai mà văn bản đang lưu còn chờ (biên bản: chữ ký của thư ký)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="43" />
      <source>also write the co-signed PDF to this file</source>
      <translation>ghi thêm tệp PDF đã đủ chữ ký vào tệp này</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="44" />
      <source>let another profile sign the unit's state documents on the head's behalf (ký thay: KT. TRƯỞNG THÔN)</source>
      <translation>cho một tài khoản khác ký thay trưởng thôn các văn bản của thôn (KT. TRƯỞNG THÔN)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="46" />
      <source>the login name of the profile that signs on the head's behalf</source>
      <translation>tên đăng nhập của tài khoản được ký thay</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="47" />
      <source>that person's own title, printed under KT. (e.g. 'Phó trưởng thôn')</source>
      <translation>chức danh của người đó, in dưới dòng KT. (ví dụ 'Phó trưởng thôn')</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="49" />
      <source>first day (default: today)</source>
      <translation>ngày bắt đầu (mặc định: hôm nay)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="50" />
      <source>last day (default: until revoked)</source>
      <translation>ngày cuối cùng (mặc định: đến khi thu hồi)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="51" />
      <source>who may sign on the head's behalf, and when</source>
      <translation>ai được ký thay trưởng thôn, và trong thời gian nào</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="52" />
      <source>end a permission to sign on the head's behalf</source>
      <translation>chấm dứt việc ký thay trưởng thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="54" />
      <source>the first day it no longer holds (default: today)</source>
      <translation>ngày bắt đầu không còn hiệu lực (mặc định: hôm nay)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="55" />
      <source>check the signature of a PDF (needs no data directory)</source>
      <translation>kiểm tra chữ ký của tệp PDF (không cần thư mục dữ liệu)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="57" />
      <source>a PEM certificate file to trust (default: the certificate in the PDF)</source>
      <translation>tệp chứng thư PEM được tin cậy (mặc định: chứng thư trong tệp PDF)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="58" />
      <source>list the document kinds</source>
      <translation>xem các loại văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="59" />
      <source>the signed documents this unit keeps (the register of issued documents)</source>
      <translation>các văn bản đã ký đơn vị đang lưu (sổ văn bản đã ban hành)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="61" />
      <source>include documents moved to the trash</source>
      <translation>gồm cả văn bản đã chuyển vào thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="62" />
      <source>write a kept signed document to a file or folder</source>
      <translation>ghi một văn bản đã ký đang lưu ra tệp hoặc thư mục</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="65" />
      <source>move a kept document to the trash</source>
      <translation>chuyển một văn bản đang lưu vào thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="67" />
      <source>bring a kept document back from the trash</source>
      <translation>khôi phục một văn bản từ thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/documents.py" line="82" />
      <source>Valid signature by {signer}, signed {when}.</source>
      <translation>Chữ ký hợp lệ của {signer}, ký lúc {when}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="109" />
      <source>Bundle {sequence} written to {path} ({counts}).</source>
      <translation>Đã ghi gói số {sequence} vào {path} ({counts}).</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="112" />
      <source>{count} signed documents that name residents were not included; export with --named-documents to send them.</source>
      <translation>{count} văn bản đã ký có họ tên người dân chưa được gửi kèm; xuất với --named-documents để gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="124" />
      <source>No bundle has been exported yet.</source>
      <translation>Chưa xuất gói nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="133" />
      <source>Bundle {sequence} is now {state}.</source>
      <translation>Gói số {sequence} nay ở trạng thái: {state}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="143" />
      <source>No recipient is registered yet.</source>
      <translation>Chưa đăng ký nơi nhận nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="15" />
      <source>check an exchange bundle (.sothon): signature, files, format (needs no data directory)</source>
      <translation>kiểm tra một gói dữ liệu trao đổi (.sothon): chữ ký, các tệp, định dạng (không cần thư mục dữ liệu)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="152" />
      <source>Bundles will be sent to {name} ({code}), certificate {fingerprint}.</source>
      <translation>Các gói sẽ được gửi đến {name} ({code}), chứng thư {fingerprint}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="163" />
      <source>Receipt for bundle {sequence} from {sender} ({status}) written to {path}.</source>
      <translation>Đã ghi giấy biên nhận cho gói số {sequence} của {sender} ({status}) vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="165" />
      <source>accepted</source>
      <translation>chấp nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="165" />
      <source>rejected</source>
      <translation>trả lại</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="18" />
      <source>a PEM certificate file to trust (default: the certificate in the bundle)</source>
      <translation>tệp chứng thư PEM được tin cậy (mặc định: chứng thư trong gói)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="20" />
      <source>also write the bundle's signed PDFs into DIR (an encrypted bundle needs the recipient's data directory and passphrase)</source>
      <translation>ghi thêm các tệp PDF đã ký trong gói vào thư mục DIR (gói đã mã hóa cần thư mục dữ liệu và mật khẩu của nơi nhận)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="23" />
      <source>write the next exchange bundle for the commune into a folder (hamlet)</source>
      <translation>ghi gói trao đổi tiếp theo gửi xã vào một thư mục (thôn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="25" />
      <source>folder to write the bundle in</source>
      <translation>thư mục để ghi gói</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="27" />
      <source>send every record, not only the changes since the last acknowledged bundle</source>
      <translation>gửi mọi bản ghi, không chỉ những thay đổi từ gói gần nhất đã được xác nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="29" />
      <source>send residents with their names and details, and the signed lists that name them (default: pseudonymised, lists held back)</source>
      <translation>gửi nhân khẩu kèm họ tên và thông tin, cùng các danh sách đã ký có họ tên (mặc định: ẩn danh, giữ lại các danh sách)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="32" />
      <source>send the signed documents that name residents (minutes, lists) while the register stays pseudonymised</source>
      <translation>gửi kèm các văn bản đã ký có họ tên người dân (biên bản, danh sách) trong khi dữ liệu sổ vẫn ẩn danh</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="35" />
      <source>a party bundle to the party committee (the party cell secretary signs it)</source>
      <translation>gói của Đảng gửi Đảng ủy (bí thư chi bộ ký)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="37" />
      <source>the exported bundles and their states; 'outbox mark' records a change of state</source>
      <translation>các gói đã xuất và trạng thái; 'outbox mark' ghi nhận thay đổi trạng thái</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="40" />
      <source>record that a bundle was sent, acknowledged or rejected by the recipient</source>
      <translation>ghi nhận gói đã được gửi, được nơi nhận xác nhận hoặc bị trả lại</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="42" />
      <source>the bundle's id or its sequence number</source>
      <translation>mã của gói hoặc số thứ tự của gói</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="44" />
      <source>why the recipient rejected it</source>
      <translation>lý do nơi nhận trả lại</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="45" />
      <source>a sequence number of the party chain</source>
      <translation>số thứ tự thuộc chuỗi gói của Đảng</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="47" />
      <source>the commune (or party committee) this hamlet sends its bundles to</source>
      <translation>xã (hoặc Đảng ủy) mà thôn gửi gói dữ liệu đến</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="50" />
      <source>register the commune's certificate file (from 'sothon identity export-cert')</source>
      <translation>đăng ký tệp chứng thư của xã (do lệnh 'sothon identity export-cert' ghi ra)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="53" />
      <source>the certificate of the commune's party committee</source>
      <translation>chứng thư của Đảng ủy xã</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="54" />
      <source>the registered recipients</source>
      <translation>các nơi nhận đã đăng ký</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="56" />
      <source>signed receipts: the recipient answers a bundle; the sender reads the answer</source>
      <translation>giấy biên nhận có ký số: nơi nhận trả lời một gói; nơi gửi đọc câu trả lời</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="59" />
      <source>answer a received bundle with a signed receipt (commune, party committee)</source>
      <translation>trả lời một gói đã nhận bằng giấy biên nhận có ký số (xã, Đảng ủy)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="62" />
      <source>folder to write the receipt in</source>
      <translation>thư mục để ghi giấy biên nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="63" />
      <source>reject the bundle, saying why</source>
      <translation>trả lại gói, kèm lý do</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="64" />
      <source>a remark to the sender with an acceptance</source>
      <translation>ghi chú gửi nơi gửi khi chấp nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="65" />
      <source>read the recipient's receipt for one of this unit's bundles (hamlet)</source>
      <translation>đọc giấy biên nhận của nơi nhận cho một gói của đơn vị (thôn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="79" />
      <source>Valid bundle {sequence} from {sender} to {recipient}.</source>
      <translation>Gói dữ liệu số {sequence} từ {sender} gửi {recipient} hợp lệ.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/exchange.py" line="95" />
      <source>{count} signed documents written to {path}.</source>
      <translation>Đã ghi {count} văn bản đã ký vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/identity.py" line="13" />
      <source>this unit's signing identity</source>
      <translation>khóa ký của đơn vị</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/identity.py" line="15" />
      <source>the unit certificate's fingerprint, subject and expiry</source>
      <translation>dấu vân tay, chủ thể và hạn dùng của chứng thư đơn vị</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/identity.py" line="16" />
      <source>write the unit's certificates (signing, then encryption) as PEM</source>
      <translation>ghi các chứng thư của đơn vị (ký, rồi mã hóa) ra tệp PEM</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/identity.py" line="34" />
      <source>Certificates written to {path}.</source>
      <translation>Đã ghi các chứng thư vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="104" />
      <source>Confidential: only its mediators and the team leader see the parties and the content.</source>
      <translation>Bí mật: chỉ hòa giải viên được phân công và tổ trưởng tổ hòa giải xem được các bên và nội dung.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="126" />
      <source>Case {number} recorded.</source>
      <translation>Đã ghi vụ, việc số {number}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="137" />
      <source>Case {number} is now {status}.</source>
      <translation>Vụ, việc số {number} nay ở trạng thái {status}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="154" />
      <source>{period}: {received} received, {successful} successful, {unsuccessful} unsuccessful, {terminated} terminated, {referred} referred, {in_progress} in progress; success rate {rate} of {denominator}.</source>
      <translation>{period}: tiếp nhận {received}, hòa giải thành {successful}, hòa giải không thành {unsuccessful}, chấm dứt {terminated}, chuyển cơ quan có thẩm quyền {referred}, đang hòa giải {in_progress}; tỷ lệ hòa giải thành {rate} trên {denominator} vụ, việc.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="17" />
      <source>grassroots mediation: teams, cases, statistics</source>
      <translation>hòa giải ở cơ sở: tổ hòa giải, vụ, việc, thống kê</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="182" />
      <source>No mediation team yet.</source>
      <translation>Chưa có tổ hòa giải nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="19" />
      <source>list the mediation cases, newest first</source>
      <translation>danh sách vụ, việc hòa giải, mới nhất trước</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="193" />
      <source>Team {name} added.</source>
      <translation>Đã thêm {name}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="215" />
      <source>{name} added to the team.</source>
      <translation>Đã thêm {name} vào tổ hòa giải.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="22" />
      <source>only cases with an overdue flag</source>
      <translation>chỉ các vụ, việc bị quá hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="23" />
      <source>show one case as the acting profile may see it</source>
      <translation>xem một vụ, việc theo quyền của người đang đăng nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="25" />
      <source>record a case received by the team, from a JSON file</source>
      <translation>ghi một vụ, việc tổ hòa giải tiếp nhận, từ tệp JSON</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="26" />
      <source>the case as JSON (- for standard input)</source>
      <translation>vụ, việc dạng JSON (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="27" />
      <source>take one step of a case's lifecycle, from a JSON file</source>
      <translation>thực hiện một bước xử lý vụ, việc, từ tệp JSON</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="30" />
      <source>the step as JSON (- for standard input)</source>
      <translation>bước xử lý dạng JSON (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="31" />
      <source>statistics of the cases received in a period</source>
      <translation>thống kê các vụ, việc tiếp nhận trong kỳ</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="33" />
      <source>the mediation teams, their mediators and warnings</source>
      <translation>các tổ hòa giải, hòa giải viên và cảnh báo</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="34" />
      <source>add a mediation team</source>
      <translation>thêm tổ hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="36" />
      <source>number of the commune's recognition decision</source>
      <translation>số quyết định công nhận của UBND xã</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="37" />
      <source>date of the decision (dd/mm/yyyy)</source>
      <translation>ngày quyết định (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="40" />
      <source>add a mediator to a team: a resident, or an outsider by name</source>
      <translation>thêm hòa giải viên vào tổ: người trong sổ hộ khẩu, hoặc người ngoài theo họ tên</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="42" />
      <source>the resident's id in the register</source>
      <translation>mã nhân khẩu trong sổ</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="48" />
      <source>the team leader (the current leader stays a member)</source>
      <translation>tổ trưởng (tổ trưởng hiện tại trở thành tổ viên)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="49" />
      <source>the profile this mediator signs in with</source>
      <translation>tài khoản hòa giải viên dùng để đăng nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="50" />
      <source>number of the decision recognising the mediator</source>
      <translation>số quyết định công nhận hòa giải viên</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/mediation.py" line="98" />
      <source>No mediation case.</source>
      <translation>Chưa có vụ, việc hòa giải nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="107" />
      <source>No meeting.</source>
      <translation>Chưa có cuộc họp nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="113" />
      <source>Present {present} of {expected} expected ({rate}); {guests} guests.</source>
      <translation>Có mặt {present}/{expected} người phải dự ({rate}); {guests} khách mời.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="117" />
      <source>passed</source>
      <translation>được thông qua</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="117" />
      <source>not passed</source>
      <translation>chưa được thông qua</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="137" />
      <source>Meeting {number} recorded.</source>
      <translation>Đã ghi cuộc họp số {number}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="147" />
      <source>No open task.</source>
      <translation>Không còn nhiệm vụ nào chưa rà soát.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="173" />
      <source>No party member yet.</source>
      <translation>Chưa có đảng viên nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="188" />
      <source>{name} added to the party cell.</source>
      <translation>Đã thêm {name} vào danh sách đảng viên của chi bộ.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="19" />
      <source>hamlet meetings and party cell meetings: minutes, votes, tasks</source>
      <translation>họp thôn và sinh hoạt chi bộ: biên bản, biểu quyết, nhiệm vụ</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="206" />
      <source>{name}: changes saved.</source>
      <translation>{name}: đã lưu thay đổi.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="215" />
      <source>Meeting {number} moved to the trash.</source>
      <translation>Đã chuyển cuộc họp số {number} vào thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="22" />
      <source>list the meetings the acting profile may see, newest first</source>
      <translation>liệt kê các cuộc họp mà hồ sơ đang dùng được xem, mới nhất trước</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="224" />
      <source>Meeting {number} is back in the book.</source>
      <translation>Đã khôi phục cuộc họp số {number}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="232" />
      <source>No meeting in the trash.</source>
      <translation>Không có cuộc họp nào trong thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="25" />
      <source>show one meeting: attendance, votes with their results, tasks</source>
      <translation>xem một cuộc họp: điểm danh, kết quả biểu quyết, nhiệm vụ</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="27" />
      <source>record a whole meeting from a JSON file (refused whole when any rule fails)</source>
      <translation>ghi cả một cuộc họp từ tệp JSON (từ chối toàn bộ nếu vi phạm bất kỳ quy tắc nào)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="29" />
      <source>the meeting as JSON (- for standard input)</source>
      <translation>cuộc họp dạng JSON (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="30" />
      <source>the open tasks of the earlier meetings of a body, to review at its next meeting</source>
      <translation>các nhiệm vụ chưa rà soát của các cuộc họp trước của cùng tổ chức, để kiểm điểm ở cuộc họp tới</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="33" />
      <source>the date of the next meeting (dd/mm/yyyy; default today)</source>
      <translation>ngày họp tới (dd/mm/yyyy; mặc định hôm nay)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="34" />
      <source>the meeting kinds and their default agendas</source>
      <translation>các loại cuộc họp và chương trình mặc định</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="35" />
      <source>the party cell's members (party profiles only)</source>
      <translation>danh sách đảng viên của chi bộ (chỉ hồ sơ của Đảng)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="36" />
      <source>also those who left the cell</source>
      <translation>kể cả đảng viên đã chuyển đi</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="37" />
      <source>add a member to the party cell: a resident, or by name</source>
      <translation>thêm đảng viên vào chi bộ: chọn nhân khẩu trong sổ hoặc nhập họ tên</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="44" />
      <source>date of admission to the party (dd/mm/yyyy)</source>
      <translation>ngày vào Đảng (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="45" />
      <source>date of official membership (dd/mm/yyyy)</source>
      <translation>ngày chính thức (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="47" />
      <source>move a meeting recorded by mistake to the trash (restorable)</source>
      <translation>chuyển cuộc họp ghi nhầm vào thùng rác (có thể khôi phục)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="49" />
      <source>bring a meeting back from the trash</source>
      <translation>khôi phục cuộc họp từ thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="51" />
      <source>the meetings in the trash, the last deleted first</source>
      <translation>các cuộc họp trong thùng rác, cuộc họp xóa sau cùng trước</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="52" />
      <source>change a party member's membership, standing or dates</source>
      <translation>sửa loại đảng viên, tình trạng sinh hoạt hoặc các ngày của đảng viên</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/meetings.py" line="57" />
      <source>the date the member left the cell</source>
      <translation>ngày đảng viên chuyển khỏi chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/profiles.py" line="13" />
      <source>the people who use this copy: list, add, change passphrase</source>
      <translation>những người dùng bản Sổ Thôn này: xem danh sách, thêm, đổi mật khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/profiles.py" line="15" />
      <source>list the profiles</source>
      <translation>xem danh sách tài khoản</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/profiles.py" line="16" />
      <source>add a profile (its passphrase from SOTHON_NEW_PASSPHRASE, or asked)</source>
      <translation>thêm tài khoản (mật khẩu lấy từ SOTHON_NEW_PASSPHRASE, hoặc được hỏi)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/profiles.py" line="20" />
      <source>login name (default: from the display name, e.g. tran.thi.hoa)</source>
      <translation>tên đăng nhập (mặc định: lấy từ họ tên, ví dụ tran.thi.hoa)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/profiles.py" line="22" />
      <source>change the acting profile's passphrase (new one from SOTHON_NEW_PASSPHRASE, or asked)</source>
      <translation>đổi mật khẩu của tài khoản đang dùng (mật khẩu mới lấy từ SOTHON_NEW_PASSPHRASE, hoặc được hỏi)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/profiles.py" line="45" />
      <source>Added profile {profile} ({name}).</source>
      <translation>Đã thêm tài khoản {profile} ({name}).</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/profiles.py" line="53" />
      <source>The passphrase of {profile} was changed.</source>
      <translation>Đã đổi mật khẩu của tài khoản {profile}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="113" />
      <source>{new} new, {changed} changed, {unchanged} unchanged residents; {households_new} new households.</source>
      <translation>Nhân khẩu: {new} mới, {changed} thay đổi, {unchanged} không đổi; {households_new} hộ mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="116" />
      <source>Nothing was written (--dry-run).</source>
      <translation>Không ghi gì cả (--dry-run).</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="126" />
      <source>Exported {count} residents to {path}.</source>
      <translation>Đã xuất {count} nhân khẩu ra {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="149" />
      <source>{name} (household {number}): temporary residence ends {date}</source>
      <translation>{name} (hộ số {number}): tạm trú hết hạn ngày {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="152" />
      <source>No temporary residence ends within {days} days.</source>
      <translation>Không có đăng ký tạm trú nào hết hạn trong {days} ngày tới.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="16" />
      <source>count the records</source>
      <translation>đếm số bản ghi</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="18" />
      <source>find residents by name or personal ID number</source>
      <translation>tìm nhân khẩu theo họ tên hoặc số định danh cá nhân</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="21" />
      <source>include people who died or moved away</source>
      <translation>gồm cả người đã mất hoặc đã chuyển đi</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="23" />
      <source>the household register: import, export, template, list</source>
      <translation>danh sách hộ gia đình: nhập, xuất, tệp mẫu, liệt kê</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="25" />
      <source>import households and residents from .xlsx or .csv</source>
      <translation>nhập hộ và nhân khẩu từ tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="27" />
      <source>check and count, write nothing</source>
      <translation>chỉ kiểm tra và đếm, không ghi gì</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="28" />
      <source>export the register to .xlsx</source>
      <translation>xuất danh sách ra tệp .xlsx</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="30" />
      <source>write a blank import template (.xlsx)</source>
      <translation>tạo tệp mẫu trống để nhập (.xlsx)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="32" />
      <source>list households</source>
      <translation>liệt kê các hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="34" />
      <source>temporary residences that expire soon</source>
      <translation>các đăng ký tạm trú sắp hết hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="35" />
      <source>how many days ahead (default 30)</source>
      <translation>xem trước bao nhiêu ngày (mặc định 30)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="37" />
      <source>show one resident with the history of their record</source>
      <translation>xem một nhân khẩu cùng lịch sử thay đổi hồ sơ</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="77" />
      <source>{households} households, {residents} residents.</source>
      <translation>{households} hộ, {residents} nhân khẩu.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="90" />
      <source>household {number}</source>
      <translation>hộ {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="91" />
      <source>Nobody found.</source>
      <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/register.py" line="98" />
      <source>Template written to {path}.</source>
      <translation>Đã ghi tệp mẫu vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="106" />
      <source>No event recorded.</source>
      <translation>Chưa ghi nhận vụ việc nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="125" />
      <source>Event recorded.</source>
      <translation>Đã ghi nhận vụ việc.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="134" />
      <source>Event moved to the trash.</source>
      <translation>Đã chuyển vụ, việc vào thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="143" />
      <source>Event restored to the log.</source>
      <translation>Đã khôi phục vụ, việc vào sổ theo dõi.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="151" />
      <source>No event in the trash.</source>
      <translation>Không có vụ, việc nào trong thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="16" />
      <source>the security-order event log</source>
      <translation>sổ theo dõi vụ việc về an ninh, trật tự</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="173" />
      <source>Event updated.</source>
      <translation>Đã cập nhật vụ việc.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="18" />
      <source>list the events, newest first</source>
      <translation>liệt kê các vụ việc, mới nhất trước</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="196" />
      <source>No activity recorded.</source>
      <translation>Chưa ghi nhận hoạt động nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="20" />
      <source>show one event with the people involved</source>
      <translation>xem một vụ việc và những người liên quan</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="206" />
      <source>Activity recorded.</source>
      <translation>Đã ghi nhận hoạt động.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="216" />
      <source>Activity updated.</source>
      <translation>Đã cập nhật hoạt động.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="22" />
      <source>record an event, from a JSON file</source>
      <translation>ghi nhận một vụ việc từ tệp JSON</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="23" />
      <source>the event as JSON (- for standard input)</source>
      <translation>vụ việc dạng JSON (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="238" />
      <source>Assessment {year}: {start} – {end}</source>
      <translation>Đánh giá năm {year}: từ {start} đến {end}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="24" />
      <source>follow an event up (status, response, result, report to the police), or correct it as a whole from a JSON file</source>
      <translation>theo dõi vụ việc (tình trạng, biện pháp xử lý, kết quả, báo công an), hoặc sửa toàn bộ vụ việc từ tệp JSON</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="243" />
      <source>Result: {status}</source>
      <translation>Kết quả: {status}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="27" />
      <source>the whole event as JSON, as for create (- for standard input)</source>
      <translation>toàn bộ vụ việc dạng JSON, như khi tạo (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="31" />
      <source>when it was reported to the commune police (ISO 8601 with offset)</source>
      <translation>thời điểm báo Công an xã (ISO 8601, có múi giờ)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="32" />
      <source>the police officer or office reported to</source>
      <translation>cán bộ hoặc cơ quan công an đã nhận tin báo</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="33" />
      <source>when it ended (ISO 8601 with offset)</source>
      <translation>thời điểm kết thúc (ISO 8601, có múi giờ)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="35" />
      <source>move an event recorded by mistake to the trash (restorable)</source>
      <translation>chuyển vụ, việc ghi nhầm vào thùng rác (có thể khôi phục)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="37" />
      <source>bring an event back from the trash</source>
      <translation>khôi phục vụ, việc từ thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="39" />
      <source>the events in the trash, the last deleted first</source>
      <translation>các vụ, việc trong thùng rác, vụ, việc xóa sau cùng trước</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="41" />
      <source>the movement's activities: propaganda, tips, models, hot spots</source>
      <translation>hoạt động phong trào: tuyên truyền, tin báo, mô hình, địa bàn trọng điểm</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="44" />
      <source>list the movement's activities, newest first</source>
      <translation>liệt kê các hoạt động phong trào, mới nhất trước</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="47" />
      <source>record a movement activity, from a JSON file</source>
      <translation>ghi nhận một hoạt động phong trào từ tệp JSON</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="48" />
      <source>the activity as JSON (- for standard input)</source>
      <translation>hoạt động dạng JSON (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="49" />
      <source>correct a movement activity as a whole, from a JSON file</source>
      <translation>sửa toàn bộ một hoạt động phong trào, từ tệp JSON</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="53" />
      <source>the yearly assessment against the standard "safe for security and order"</source>
      <translation>đánh giá hằng năm theo tiêu chuẩn "An toàn về an ninh, trật tự"</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="56" />
      <source>confirm a criterion's computed status</source>
      <translation>xác nhận kết quả tự tính của một tiêu chí</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="57" />
      <source>override a criterion's status (with --status and --reason)</source>
      <translation>điều chỉnh kết quả của một tiêu chí (kèm --status và --reason)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="61" />
      <source>also write the assessment report as a PDF to this file</source>
      <translation>đồng thời ghi báo cáo tự đánh giá ra tệp PDF này</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="62" />
      <source>sign the report as the acting profile and keep it</source>
      <translation>ký báo cáo bằng tài khoản đang dùng và lưu lại</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="64" />
      <source>the periodic report on security and order to the commune, as a PDF</source>
      <translation>báo cáo định kỳ về an ninh, trật tự gửi xã, dạng PDF</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/security.py" line="68" />
      <source>a text file with the head's assessment and proposals (kept for the period)</source>
      <translation>tệp văn bản có phần nhận xét, kiến nghị của trưởng thôn (được lưu cho kỳ báo cáo)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/setup.py" line="11" />
      <source>set up a new data directory for a hamlet or a commune</source>
      <translation>thiết lập thư mục dữ liệu mới cho một thôn hoặc một xã</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/setup.py" line="20" />
      <source>fill an initialised data directory with realistic demo data</source>
      <translation>thêm dữ liệu mẫu giống thật vào thư mục dữ liệu đã thiết lập</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/setup.py" line="49" />
      <source>Set up {unit} ({code}) in {commune}, {province}. Profile: {profile}.</source>
      <translation>Đã thiết lập {unit} ({code}) thuộc {commune}, {province}. Tài khoản: {profile}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/setup.py" line="63" />
      <source>Added {households} households and {residents} residents of demo data.</source>
      <translation>Đã thêm dữ liệu mẫu: {households} hộ và {residents} nhân khẩu.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="105" />
      <source>No bundle is waiting to be sent.</source>
      <translation>Không có gói nào đang chờ gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="107" />
      <source>The mail server cannot be reached now: {message}</source>
      <translation>Hiện chưa kết nối được máy chủ thư: {message}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="108" />
      <source>The commune's inbox service cannot be reached now: {message}</source>
      <translation>Hiện chưa kết nối được dịch vụ nhận hồ sơ của xã: {message}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="110" />
      <source>No bundle is due to be mailed now; the bundles mailed wait for the commune's receipt.</source>
      <translation>Lúc này chưa có gói nào đến lượt gửi thư; các gói đã gửi đang chờ giấy biên nhận của xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="111" />
      <source>No bundle is due for another try yet; use --now to try now.</source>
      <translation>Chưa đến lúc gửi lại gói nào; dùng --now để gửi ngay.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="135" />
      <source>{key} = {value}</source>
      <translation>{key} = {value}</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="15" />
      <source>run the commune's inbox service: hamlets upload their bundles and get the signed receipts (commune; stops on Ctrl+C or SIGTERM)</source>
      <translation>chạy dịch vụ nhận hồ sơ của xã: các thôn gửi gói dữ liệu lên và nhận lại giấy biên nhận có ký số (xã; dừng bằng Ctrl+C hoặc SIGTERM)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="153" />
      <source>the receipt is sent at the next fetch</source>
      <translation>giấy biên nhận sẽ được gửi ở lần đọc thư sau</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="156" />
      <source>No new message in the mailbox.</source>
      <translation>Hộp thư không có thư mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="158" />
      <source>Receipt sent again to {sender} for bundle no. {sequence}.</source>
      <translation>Đã gửi lại giấy biên nhận gói số {sequence} cho {sender}.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="163" />
      <source>{count} more messages are read at the next fetch.</source>
      <translation>Còn {count} thư sẽ được đọc ở lần sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="169" />
      <source>No new receipt in the mailbox.</source>
      <translation>Hộp thư không có giấy biên nhận mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="17" />
      <source>address to listen on (default 127.0.0.1)</source>
      <translation>địa chỉ lắng nghe (mặc định 127.0.0.1)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="18" />
      <source>port to listen on (default 8750; 0: any free port)</source>
      <translation>cổng lắng nghe (mặc định 8750; 0: một cổng bất kỳ còn trống)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="19" />
      <source>the server's TLS certificate (PEM), for HTTPS</source>
      <translation>chứng thư TLS của máy chủ (PEM), để dùng HTTPS</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="20" />
      <source>the server's TLS private key (PEM), for HTTPS</source>
      <translation>khóa bí mật TLS của máy chủ (PEM), để dùng HTTPS</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="21" />
      <source>the largest bundle accepted, in MiB</source>
      <translation>dung lượng tối đa của một gói được nhận, tính bằng MiB</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="23" />
      <source>uploads one hamlet may start per minute, on average (default 60)</source>
      <translation>số lần gửi trung bình mỗi phút một thôn được phép (mặc định 60)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="25" />
      <source>deliver the pending bundles to the commune's inbox service (hamlet); an unreachable service is reported, not an error</source>
      <translation>gửi các gói đang chờ tới dịch vụ nhận hồ sơ của xã (thôn); khi chưa kết nối được thì chỉ báo trạng thái, không coi là lỗi</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="27" />
      <source>try every pending bundle now, whatever its back-off</source>
      <translation>gửi ngay mọi gói đang chờ, không đợi đến lượt gửi lại</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="29" />
      <source>read the mailbox (IMAP): at the commune, import the bundles received by e-mail and answer each with its receipt; at a hamlet, read the receipts</source>
      <translation>đọc hộp thư (IMAP): ở xã, nhập các gói nhận qua thư điện tử và gửi trả giấy biên nhận cho từng gói; ở thôn, đọc các giấy biên nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="32" />
      <source>read or change a setting: language, text_scale, inbox_url, inbox_tls_pin, delivery_channel and the mail settings (docs/transport.md)</source>
      <translation>xem hoặc đổi một thiết lập: language, text_scale, inbox_url, inbox_tls_pin, delivery_channel và các thiết lập thư (docs/transport.md)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="36" />
      <source>print a setting's value</source>
      <translation>in giá trị của một thiết lập</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="38" />
      <source>change a setting (an empty value clears it; a password: - reads it from the standard input)</source>
      <translation>đổi một thiết lập (giá trị rỗng là xóa; mật khẩu: dấu - để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="52" />
      <source>--max-upload-mb, --rate and --port must be positive numbers</source>
      <translation>--max-upload-mb, --rate và --port phải là số dương</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="54" />
      <source>--tls-cert and --tls-key go together</source>
      <translation>--tls-cert và --tls-key phải dùng cùng nhau</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="73" />
      <source>The inbox service stopped.</source>
      <translation>Dịch vụ nhận hồ sơ đã dừng.</translation>
    </message>
    <message>
      <location filename="desktop_app/cli/transport.py" line="93" />
      <source>Waiting for network</source>
      <translation>Đang chờ có mạng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/app.py" line="158" />
      <source>The window did not become ready in time.</source>
      <translation>Cửa sổ chưa sẵn sàng trong thời gian cho phép.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/app.py" line="50" />
      <source>Sổ Thôn</source>
      <translation>Sổ Thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/app.py" line="51" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="138" />
      <source>Backups</source>
      <translation>Sao lưu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="139" />
      <source>Your data is kept in: {path}</source>
      <translation>Dữ liệu của bạn được lưu tại: {path}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="140" />
      <source>Open the data &amp;folder</source>
      <translation>Mở thư mục &amp;dữ liệu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="141" />
      <source>Sổ Thôn makes a backup copy every day by itself and keeps the copies of the last week, month and year. Also copy the backups folder to a USB stick from time to time: a broken computer takes its backups with it.</source>
      <translation>Sổ Thôn tự động sao lưu mỗi ngày và giữ lại các bản của tuần, tháng và năm gần nhất. Thỉnh thoảng hãy chép thêm thư mục sao lưu sang USB: nếu máy tính hỏng thì các bản sao lưu trên máy cũng mất theo.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="145" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="145" />
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="145" />
      <source>Size</source>
      <translation>Dung lượng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="145" />
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="146" />
      <source>There are no backups yet. Press "Back up now" to make the first one.</source>
      <translation>Chưa có bản sao lưu nào. Bấm "Sao lưu ngay" để tạo bản đầu tiên.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="147" />
      <source>&amp;Back up now</source>
      <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="148" />
      <source>&amp;Restore the selected backup…</source>
      <translation>&amp;Khôi phục bản sao lưu đã chọn…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="149" />
      <source>Restore from &amp;another file…</source>
      <translation>Khôi phục từ &amp;tệp khác…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="150" />
      <source>Open the backups folder</source>
      <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="208" />
      <source>Choose a backup to restore</source>
      <translation>Chọn bản sao lưu để khôi phục</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="209" />
      <source>Sổ Thôn backups (*.db);;All files (*)</source>
      <translation>Bản sao lưu Sổ Thôn (*.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="217" />
      <source>Restore a backup</source>
      <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="218" />
      <source>Replace the current data with the backup {name} ({when})?</source>
      <translation>Thay dữ liệu hiện tại bằng bản sao lưu {name} ({when})?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="220" />
      <source>Everything entered after that backup was made will be replaced. The current data is first kept as a copy in the backups folder, so you can go back to it. Sổ Thôn then reopens the data and asks for your passphrase.</source>
      <translation>Mọi thông tin nhập sau thời điểm sao lưu đó sẽ bị thay thế. Dữ liệu hiện tại sẽ được giữ lại một bản trong thư mục sao lưu để bạn có thể quay lại. Sau đó Sổ Thôn sẽ mở lại dữ liệu và hỏi mật khẩu của bạn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="224" />
      <source>&amp;Restore</source>
      <translation>&amp;Khôi phục</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="225" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="236" />
      <source>Restore a backup of another unit</source>
      <translation>Khôi phục bản sao lưu của đơn vị khác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="237" />
      <source>The backup {name} holds the data of {backup_unit}, but this copy is {this_unit}.</source>
      <translation>Bản sao lưu {name} chứa dữ liệu của {backup_unit}, nhưng bản Sổ Thôn này là của {this_unit}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="239" />
      <source>Restoring it replaces this unit's data, its key and its profiles with those of the other unit; your own profile will no longer exist. The current data is kept as a copy in the backups folder. Do this only to take over that unit's data on this computer.</source>
      <translation>Khôi phục bản này sẽ thay dữ liệu, khóa ký và các hồ sơ người dùng của đơn vị này bằng của đơn vị kia; hồ sơ của chính bạn sẽ không còn. Dữ liệu hiện tại được giữ thành một bản sao trong thư mục sao lưu. Chỉ làm việc này khi cần tiếp nhận dữ liệu của đơn vị đó trên máy tính này.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="243" />
      <source>Replace with {backup_unit}</source>
      <translation>Thay bằng {backup_unit}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="276" />
      <source>The backup was restored. The data as it was before is kept in {safety}. Sổ Thôn will now reopen the data.</source>
      <translation>Đã khôi phục bản sao lưu. Dữ liệu trước đó được giữ ở {safety}. Sổ Thôn sẽ mở lại dữ liệu ngay bây giờ.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="38" />
      <source>{size} MB</source>
      <translation>{size} MB</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="39" />
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="49" />
      <source>Automatic (daily)</source>
      <translation>Tự động (hằng ngày)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="51" />
      <source>Kept before a restore</source>
      <translation>Lưu trước khi khôi phục</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="53" />
      <source>Kept before an update</source>
      <translation>Lưu trước khi cập nhật</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="54" />
      <source>Made by hand</source>
      <translation>Tạo thủ công</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/backup_page.py" line="68" />
      <source>Backing up…</source>
      <translation>Đang sao lưu…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/common.py" line="196" />
      <source>PDF documents (*.pdf)</source>
      <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/common.py" line="210" />
      <source>{name} ({year}), household {number}</source>
      <translation>{name} ({year}), hộ số {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="101" />
      <source>Revoke</source>
      <translation>Thu hồi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="106" />
      <source>Bundles this key signed on or after the date are refused; earlier ones stay valid.</source>
      <translation>Các gói do khóa này ký từ ngày này trở đi sẽ bị từ chối; các gói ký trước đó vẫn có giá trị.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="142" />
      <source>This bundle was imported before: nothing changed, its receipt is written again.</source>
      <translation>Gói này đã được nhập trước đây: không có gì thay đổi, giấy báo nhận được ghi lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="146" />
      <source>{type}: {added} added, {changed} changed, {removed} removed</source>
      <translation>{type}: thêm {added}, sửa {changed}, xóa {removed}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="150" />
      <source>Warning: bundles {numbers} have not arrived yet</source>
      <translation>Lưu ý: chưa nhận được các gói số {numbers}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="152" />
      <source>No changes</source>
      <translation>Không có thay đổi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="158" />
      <source>Import results</source>
      <translation>Kết quả nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="162" />
      <source>Hamlet</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="162" />
      <source>No.</source>
      <translation>Số</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="162" />
      <source>Result</source>
      <translation>Kết quả</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="162" />
      <source>Details</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="178" />
      <source>{n} files read, {bad} rejected (kept in the quarantine folder with the reason).</source>
      <translation>Đã đọc {n} tệp, từ chối {bad} tệp (lưu trong thư mục cách ly kèm lý do).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="179" />
      <source>{n} files read.</source>
      <translation>Đã đọc {n} tệp.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="226" />
      <source>Hamlets</source>
      <translation>Các thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="227" />
      <source>Bundles are imported only from the hamlets enrolled here, each by its signing key. Enrol a hamlet from the certificate file its copy exports, after comparing the fingerprint with its window.</source>
      <translation>Chỉ nhập gói từ các thôn đã đăng ký tại đây, mỗi thôn theo khóa ký của mình. Đăng ký một thôn từ tệp chứng thư do máy của thôn xuất ra, sau khi đối chiếu dấu vân tay với màn hình của thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="230" />
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="230" />
      <source>Key fingerprint</source>
      <translation>Dấu vân tay của khóa</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="230" />
      <source>State</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="231" />
      <source>Enrol from a certificate…</source>
      <translation>Đăng ký từ tệp chứng thư…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="232" />
      <source>Replace the key…</source>
      <translation>Thay khóa…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="233" />
      <source>Revoke…</source>
      <translation>Thu hồi…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="234" />
      <source>Import bundles…</source>
      <translation>Nhập các gói…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="244" />
      <source>Current key</source>
      <translation>Khóa đang dùng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="245" />
      <source>Revoked from {day}</source>
      <translation>Thu hồi từ ngày {day}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="267" />
      <source>The hamlet's certificate</source>
      <translation>Chứng thư của thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="268" />
      <source>Certificates (*.pem *.crt);;All files (*)</source>
      <translation>Chứng thư (*.pem *.crt);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="288" />
      <source>{name} is enrolled.</source>
      <translation>Đã đăng ký {name}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="306" />
      <source>{name}'s key is replaced.</source>
      <translation>Đã thay khóa của {name}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="323" />
      <source>{name}'s key is revoked from {day}.</source>
      <translation>Đã thu hồi khóa của {name} từ ngày {day}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="332" />
      <source>Bundles to import</source>
      <translation>Các gói cần nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="333" />
      <source>Sổ Thôn bundles (*.sothon);;All files (*)</source>
      <translation>Gói Sổ Thôn (*.sothon);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="341" />
      <source>Importing bundles…</source>
      <translation>Đang nhập các gói…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="355" />
      <source>Imported {done} of {total}: {file}</source>
      <translation>Đã nhập {done}/{total}: {file}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="40" />
      <source>households</source>
      <translation>hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="40" />
      <source>residents</source>
      <translation>nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="40" />
      <source>changes</source>
      <translation>biến động</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="41" />
      <source>documents</source>
      <translation>văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="41" />
      <source>mediation cases</source>
      <translation>vụ việc hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="41" />
      <source>meetings</source>
      <translation>cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="42" />
      <source>Imported</source>
      <translation>Đã nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="42" />
      <source>Already imported</source>
      <translation>Đã nhập trước đây</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="42" />
      <source>Rejected</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="51" />
      <source>Replace a hamlet's key</source>
      <translation>Thay khóa của thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="51" />
      <source>Enrol a hamlet</source>
      <translation>Đăng ký thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="62" />
      <source>Hamlet:</source>
      <translation>Thôn:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="63" />
      <source>Fingerprint:</source>
      <translation>Dấu vân tay:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="68" />
      <source>The old key stops counting from:</source>
      <translation>Khóa cũ hết hiệu lực từ ngày:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="69" />
      <source>Compare this fingerprint, group by group, with the one the hamlet's window shows (Settings, this copy's key), or scan the code. Enrol only if they are the same: the file alone proves nothing.</source>
      <translation>Đối chiếu từng nhóm của dấu vân tay này với dấu vân tay hiện trên màn hình của thôn (Cài đặt, khóa của máy này), hoặc quét mã. Chỉ đăng ký khi hai bên trùng khớp: riêng tệp chứng thư không chứng minh được gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="73" />
      <source>Replace the key</source>
      <translation>Thay khóa</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="73" />
      <source>Enrol</source>
      <translation>Đăng ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="93" />
      <source>Revoke a hamlet's key</source>
      <translation>Thu hồi khóa của thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/hamlets_page.py" line="99" />
      <source>Refuse bundles signed from:</source>
      <translation>Từ chối các gói ký từ ngày:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="141" />
      <source>Commune report</source>
      <translation>Báo cáo của xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="143" />
      <source>Year {year}</source>
      <translation>Năm {year}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="144" />
      <source>Quarter {q} of {year}</source>
      <translation>Quý {q} năm {year}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="146" />
      <source>Month {month}/{year}</source>
      <translation>Tháng {month}/{year}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="151" />
      <source>Sign it with my key and keep it in the register of issued documents</source>
      <translation>Ký bằng khóa của tôi và lưu vào sổ văn bản đã ban hành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="155" />
      <source>Report period:</source>
      <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="157" />
      <source>Save PDF…</source>
      <translation>Lưu PDF…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="163" />
      <source>The report adds up what the hamlets sent: households and residents, their movements, mediation cases and documents, and names the hamlets whose months are missing or late. The commune's People's Committee is its issuing body.</source>
      <translation>Báo cáo tổng hợp số liệu các thôn đã gửi: hộ và nhân khẩu, biến động dân cư, vụ việc hòa giải và văn bản, đồng thời nêu tên các thôn còn thiếu hoặc gửi muộn số liệu tháng. Cơ quan ban hành là Ủy ban nhân dân xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="335" />
      <source>Who has sent what: a month counts as received when a bundle covering its last day has been imported, on time when imported by day {day} of the next month. Double-click a hamlet to read the records it sent (households, residents, mediation, meetings, events, documents).</source>
      <translation>Thôn nào đã gửi gì: một tháng được tính là đã nhận khi đã nhập một gói bao gồm ngày cuối tháng đó, đúng hạn khi nhập chậm nhất vào ngày {day} của tháng sau. Nháy đúp vào một thôn để xem hồ sơ thôn đã gửi (hộ, nhân khẩu, hòa giải, hội họp, vụ việc ANTT, văn bản).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="341" />
      <source>Commune overview</source>
      <translation>Tổng quan xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="343" />
      <source>Due by day</source>
      <translation>Hạn nộp: ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="344" />
      <source>of the next month</source>
      <translation>tháng sau</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="345" />
      <source>The day of the next month by which a hamlet's monthly bundle must have been imported to count as on time — as the commune's own regulation sets it (default: day {default}).</source>
      <translation>Ngày của tháng sau mà gói dữ liệu hằng tháng của thôn phải được nhập trước hoặc trong ngày đó mới tính là đúng hạn — theo quy chế của xã (mặc định: ngày {default}).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="349" />
      <source>Year:</source>
      <translation>Năm:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="350" />
      <source>Show:</source>
      <translation>Xem:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="351" />
      <source>by month</source>
      <translation>theo tháng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="352" />
      <source>by quarter</source>
      <translation>theo quý</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="353" />
      <source>Commune report…</source>
      <translation>Báo cáo của xã…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="354" />
      <source>The commune's report for a month, a quarter or the year, as a PDF</source>
      <translation>Báo cáo của xã theo tháng, quý hoặc năm, dạng PDF</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="355" />
      <source>Records received from:</source>
      <translation>Hồ sơ đã nhận của:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="363" />
      <source>Former residents</source>
      <translation>Đã chuyển đi/qua đời</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="363" />
      <source>Mediation cases</source>
      <translation>Vụ việc hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="363" />
      <source>Successful</source>
      <translation>Hòa giải thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="364" />
      <source>Still open</source>
      <translation>Đang giải quyết</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="364" />
      <source>Meetings held</source>
      <translation>Cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="364" />
      <source>Security events</source>
      <translation>Vụ việc ANTT</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="364" />
      <source>Resolved</source>
      <translation>Đã giải quyết</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="364" />
      <source>Missing months</source>
      <translation>Tháng còn thiếu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="379" />
      <source>Q{n}</source>
      <translation>Quý {n}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="381" />
      <source>M{n}</source>
      <translation>T{n}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="383" />
      <source>Last no.</source>
      <translation>Số cuối</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="383" />
      <source>Last contact</source>
      <translation>Liên lạc cuối</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="415" />
      <source>A month's bundle is now due by day {day} of the next month.</source>
      <translation>Từ nay hạn nộp gói dữ liệu của một tháng là ngày {day} tháng sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="446" />
      <source>(key revoked)</source>
      <translation>(đã thu hồi khóa)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="457" />
      <source>{hamlet}, quarter {quarter}: {state}</source>
      <translation>{hamlet}, quý {quarter}: {state}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="460" />
      <source>{hamlet}, month {month}: {state}</source>
      <translation>{hamlet}, tháng {month}: {state}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="465" />
      <source>(missing {numbers})</source>
      <translation>(thiếu {numbers})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="506" />
      <source>&lt;b&gt;Commune:&lt;/b&gt; {hamlets} hamlets enrolled, {households} households, {residents} residents; {missing} hamlets have missing months.</source>
      <translation>&lt;b&gt;Toàn xã:&lt;/b&gt; {hamlets} thôn đã đăng ký, {households} hộ, {residents} nhân khẩu; {missing} thôn còn thiếu tháng.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="510" />
      <source>&lt;b&gt;Mediation in {year}:&lt;/b&gt; {received} cases received, {successful} successful, {open} still open; success rate {rate}.</source>
      <translation>&lt;b&gt;Hòa giải năm {year}:&lt;/b&gt; tiếp nhận {received} vụ việc, hòa giải thành {successful}, đang giải quyết {open}; tỷ lệ hòa giải thành {rate}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="514" />
      <source>&lt;b&gt;Meetings and security in {year}:&lt;/b&gt; {meetings} meetings held; {events} security-order events, {resolved} resolved.</source>
      <translation>&lt;b&gt;Họp thôn và an ninh, trật tự năm {year}:&lt;/b&gt; đã tổ chức {meetings} cuộc họp; xảy ra {events} vụ, việc về an ninh, trật tự, đã giải quyết xong {resolved}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="518" />
      <source>&lt;b&gt;Safety assessment (“An toàn về an ninh, trật tự”):&lt;/b&gt; {passed} hamlets passed, {failed} not passed, {none} without a result yet.</source>
      <translation>&lt;b&gt;Đánh giá “An toàn về an ninh, trật tự”:&lt;/b&gt; {passed} thôn đạt, {failed} thôn chưa đạt, {none} thôn chưa có kết quả.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="522" />
      <source>Households</source>
      <translation>Số hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="522" />
      <source>Residents</source>
      <translation>Nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="558" />
      <source>Save the commune report</source>
      <translation>Lưu báo cáo của xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="559" />
      <source>PDF files (*.pdf)</source>
      <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="56" />
      <source>received on time</source>
      <translation>đã nhận đúng hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="57" />
      <source>received late</source>
      <translation>đã nhận muộn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="58" />
      <source>missing</source>
      <translation>còn thiếu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="580" />
      <source>Signed the commune report and kept it: {path}</source>
      <translation>Đã ký và lưu báo cáo của xã: {path}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="581" />
      <source>Wrote the commune report: {path}</source>
      <translation>Đã ghi báo cáo của xã: {path}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="588" />
      <source>Making the commune report…</source>
      <translation>Đang lập báo cáo của xã…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="59" />
      <source>not due yet</source>
      <translation>chưa đến hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="60" />
      <source>month not over</source>
      <translation>tháng chưa kết thúc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="77" />
      <source>No safety assessment result reported yet.</source>
      <translation>Chưa báo cáo kết quả đánh giá “An toàn về an ninh, trật tự”.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="79" />
      <source>Safety assessment {year}: passed.</source>
      <translation>Đánh giá “An toàn về an ninh, trật tự” năm {year}: đạt.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/overview_page.py" line="80" />
      <source>Safety assessment {year}: not passed.</source>
      <translation>Đánh giá “An toàn về an ninh, trật tự” năm {year}: chưa đạt.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="116" />
      <source>Household head</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="117" />
      <source>Present</source>
      <translation>Có mặt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="117" />
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="119" />
      <source>Household</source>
      <translation>Hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="120" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="121" />
      <source>Year of birth</source>
      <translation>Năm sinh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="121" />
      <source>Sex</source>
      <translation>Giới tính</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="122" />
      <source>Relation to the head</source>
      <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="123" />
      <source>Residence</source>
      <translation>Cư trú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="124" />
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="126" />
      <source>Received on</source>
      <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="127" />
      <source>Type</source>
      <translation>Loại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="129" />
      <source>Since</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="130" />
      <source>Parties</source>
      <translation>Số bên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="131" />
      <source>Confidential</source>
      <translation>Giữ bí mật</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="131" />
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="137" />
      <source>{present}/{expected} ({rate} %)</source>
      <translation>{present}/{expected} ({rate} %)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="143" />
      <source>Meeting</source>
      <translation>Cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="144" />
      <source>held</source>
      <translation>đã họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="144" />
      <source>in progress</source>
      <translation>đang hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="145" />
      <source>Attendance</source>
      <translation>Điểm danh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="145" />
      <source>Votes</source>
      <translation>Biểu quyết</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="146" />
      <source>Tasks</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="148" />
      <source>Time</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="149" />
      <source>Severity</source>
      <translation>Mức độ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="151" />
      <source>Place</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="151" />
      <source>People</source>
      <translation>Số người</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="153" />
      <source>Activity</source>
      <translation>Hoạt động</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="154" />
      <source>Title or topic</source>
      <translation>Tên hoặc chủ đề</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="156" />
      <source>Issued on</source>
      <translation>Ngày ban hành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="156" />
      <source>Number</source>
      <translation>Số</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="157" />
      <source>Title</source>
      <translation>Tên văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="158" />
      <source>Signed by</source>
      <translation>Người ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="160" />
      <source>Signed at</source>
      <translation>Thời điểm ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="207" />
      <source>Search (with or without diacritics)…</source>
      <translation>Tìm (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="225" />
      <source>Save a copy…</source>
      <translation>Lưu một bản…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="257" />
      <source>{n} records received.</source>
      <translation>Đã nhận {n} bản ghi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="257" />
      <source>{shown} of {n} records received.</source>
      <translation>Hiển thị {shown} trên {n} bản ghi đã nhận.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="260" />
      <source>{p} of them came pseudonymised: no names, as the hamlet sent them.</source>
      <translation>Trong đó {p} bản ghi đã được ẩn danh: không có họ tên, đúng như thôn đã gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="263" />
      <source>Nothing of this kind was received from this hamlet.</source>
      <translation>Chưa nhận được bản ghi nào loại này từ thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="280" />
      <source>Save a copy of the received document</source>
      <translation>Lưu bản sao văn bản đã nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="302" />
      <source>Records received from {hamlet}</source>
      <translation>Hồ sơ đã nhận của {hamlet}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="315" />
      <source>Read-only: the records as {hamlet} sent them in its bundles. Changes are made at the hamlet and arrive with its next bundle.</source>
      <translation>Chỉ xem: các bản ghi đúng như {hamlet} đã gửi trong các gói dữ liệu. Muốn sửa thì sửa tại thôn; thay đổi sẽ đến cùng gói tiếp theo.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="43" />
      <source>Meetings</source>
      <translation>Hội họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="43" />
      <source>Security-order events</source>
      <translation>Vụ việc ANTT</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="44" />
      <source>Movement activities</source>
      <translation>Hoạt động phong trào</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/commune/records_dialog.py" line="44" />
      <source>Documents</source>
      <translation>Văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="100" />
      <source>Not sent yet: goes in a bundle that includes documents naming residents</source>
      <translation>Chưa gửi: chỉ gửi trong gói có kèm văn bản có họ tên người dân</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="101" />
      <source>Not sent yet</source>
      <translation>Chưa gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="102" />
      <source>In bundle {sequence}, not sent yet</source>
      <translation>Trong gói số {sequence}, chưa gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="103" />
      <source>Sent to the commune in bundle {sequence}</source>
      <translation>Đã gửi lên xã trong gói số {sequence}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="104" />
      <source>Received by the commune</source>
      <translation>Xã đã nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="105" />
      <source>Bundle {sequence} was rejected by the commune; the next one carries it again</source>
      <translation>Gói số {sequence} bị xã trả lại; gói tiếp theo sẽ gửi lại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="195" />
      <source>No signed document yet. Every document you sign is kept here and goes to its recipient with the next bundle.</source>
      <translation>Chưa có văn bản đã ký. Mọi văn bản bạn ký đều được lưu ở đây và gửi đến nơi nhận trong gói dữ liệu tiếp theo.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="197" />
      <source>&amp;Open</source>
      <translation>&amp;Mở</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="198" />
      <source>Show the signed document in the preview (or double-click it)</source>
      <translation>Xem văn bản đã ký ở khung xem trước (hoặc bấm đúp)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="200" />
      <source>Move to trash</source>
      <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="201" />
      <source>Restore</source>
      <translation>Khôi phục</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="202" />
      <source>&amp;Co-sign as the secretary</source>
      <translation>&amp;Ký với tư cách thư ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="203" />
      <source>Add your signature beside the chair's, on the minutes that name you as the secretary</source>
      <translation>Thêm chữ ký của bạn bên cạnh chữ ký của chủ trì, trên biên bản ghi bạn là thư ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="205" />
      <source>Show deleted documents</source>
      <translation>Hiện văn bản đã xóa</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="216" />
      <source>{date} · No. {number} · {title}</source>
      <translation>{date} · Số {number} · {title}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="217" />
      <source>{date} · {title}</source>
      <translation>{date} · {title}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="218" />
      <source>In the trash</source>
      <translation>Trong thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="219" />
      <source>Signed by {name}</source>
      <translation>Người ký: {name}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="221" />
      <source>Signed by {name} and {cosigner}</source>
      <translation>Người ký: {name} và {cosigner}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="223" />
      <source>awaits the signature of {cosigner}</source>
      <translation>chờ chữ ký của {cosigner}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="230" />
      <source>Signed by {name} at {time}.</source>
      <translation>Đã ký: {name}, lúc {time}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="311" />
      <source>Save a copy of the signed document</source>
      <translation>Lưu một bản văn bản đã ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="330" />
      <source>Move “{title}” of {date} to the trash?</source>
      <translation>Chuyển “{title}” ngày {date} vào thùng rác?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="332" />
      <source>It will not be sent any more. If a bundle already carried it, the next bundle tells the recipient it was withdrawn. You can restore it: tick “Show deleted documents”.</source>
      <translation>Văn bản sẽ không được gửi nữa. Nếu một gói đã mang văn bản này đi, gói tiếp theo sẽ báo nơi nhận là văn bản đã bị thu hồi. Bạn có thể khôi phục: đánh dấu “Hiện văn bản đã xóa”.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="366" />
      <source>“{title}” now carries your signature too.</source>
      <translation>“{title}” đã có thêm chữ ký của bạn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="382" />
      <source>“{title}” was moved to the trash.</source>
      <translation>Đã chuyển “{title}” vào thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="383" />
      <source>“{title}” was restored.</source>
      <translation>Đã khôi phục “{title}”.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="48" />
      <source>Hamlet meeting minutes</source>
      <translation>Biên bản họp thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="49" />
      <source>Party cell meeting minutes</source>
      <translation>Biên bản sinh hoạt chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="50" />
      <source>Household list</source>
      <translation>Danh sách hộ gia đình</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="51" />
      <source>Resident list</source>
      <translation>Danh sách nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="52" />
      <source>Voter list</source>
      <translation>Danh sách cử tri</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="53" />
      <source>Longevity celebration list</source>
      <translation>Danh sách người cao tuổi được mừng thọ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="54" />
      <source>Military service age list</source>
      <translation>Danh sách công dân nam trong độ tuổi thực hiện nghĩa vụ quân sự</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="55" />
      <source>Household information sheet</source>
      <translation>Phiếu thông tin hộ gia đình</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="56" />
      <source>Record of a successful mediation</source>
      <translation>Văn bản hòa giải thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="57" />
      <source>Minutes of an unsuccessful mediation</source>
      <translation>Biên bản hòa giải không thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="58" />
      <source>Mediation log book</source>
      <translation>Sổ theo dõi hoạt động hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="59" />
      <source>Mediation statistics report</source>
      <translation>Báo cáo kết quả hoạt động hòa giải ở cơ sở</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="60" />
      <source>Meeting invitation</source>
      <translation>Giấy mời họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="61" />
      <source>Party cell meeting invitation</source>
      <translation>Giấy mời sinh hoạt chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="62" />
      <source>Party cell resolution</source>
      <translation>Nghị quyết chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="78" />
      <source>{title}, case {number}</source>
      <translation>{title}, vụ việc {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="80" />
      <source>{title}, meeting {number}</source>
      <translation>{title}, cuộc họp số {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="82" />
      <source>{title}, household {number}</source>
      <translation>{title}, hộ số {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="91" />
      <source>Not sent to the party committee yet</source>
      <translation>Chưa gửi Đảng ủy</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="92" />
      <source>In party bundle {sequence}, not sent yet</source>
      <translation>Trong gói của Đảng số {sequence}, chưa gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="93" />
      <source>Sent to the party committee in bundle {sequence}</source>
      <translation>Đã gửi Đảng ủy trong gói số {sequence}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="94" />
      <source>Received by the party committee</source>
      <translation>Đảng ủy đã nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/issued_list.py" line="95" />
      <source>Bundle {sequence} was rejected by the party committee; the next one carries it again</source>
      <translation>Gói số {sequence} bị Đảng ủy trả lại; gói tiếp theo sẽ gửi lại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="108" />
      <source>The document was signed and kept in the list of signed documents. It goes to the party committee with the next party bundle.</source>
      <translation>Văn bản đã được ký và lưu vào danh sách văn bản đã ký. Văn bản sẽ được gửi Đảng ủy trong gói của Đảng tiếp theo.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="111" />
      <source>The document was signed and kept in the list of signed documents. It names residents: it goes to the commune when you include the signed documents that name residents in a bundle.</source>
      <translation>Văn bản đã được ký và lưu vào danh sách văn bản đã ký. Văn bản có họ tên người dân: chỉ được gửi lên xã khi bạn chọn gửi kèm văn bản đã ký có họ tên người dân trong một gói.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="113" />
      <source>The document was signed and kept in the list of signed documents. It goes to the commune with the next bundle.</source>
      <translation>Văn bản đã được ký và lưu vào danh sách văn bản đã ký. Văn bản sẽ được gửi lên xã trong gói dữ liệu tiếp theo.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="212" />
      <source>{number} — {head}</source>
      <translation>{number} — {head}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="212" />
      <source>(no head recorded)</source>
      <translation>(chưa ghi chủ hộ)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="252" />
      <source>Search by number or name</source>
      <translation>Tìm theo số hộ hoặc tên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="275" />
      <source>Verify a signed PDF</source>
      <translation>Kiểm tra văn bản PDF đã ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="282" />
      <source>The signature is valid.</source>
      <translation>Chữ ký hợp lệ.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="282" />
      <source>The signature is not valid.</source>
      <translation>Chữ ký không hợp lệ.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="300" />
      <source>File:</source>
      <translation>Tệp:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="303" />
      <source>Why:</source>
      <translation>Lý do:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="304" />
      <source>damaged, or not a PDF</source>
      <translation>tệp bị hỏng hoặc không phải PDF</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="310" />
      <source>Signed by:</source>
      <translation>Người ký:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="312" />
      <source>Signed at:</source>
      <translation>Ký lúc:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="315" />
      <source>Signer's key:</source>
      <translation>Khóa của người ký:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="315" />
      <source>One of this unit's keys</source>
      <translation>Là khóa của đơn vị này</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="316" />
      <source>Not one of this unit's keys</source>
      <translation>Không phải khóa của đơn vị này</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="318" />
      <source>Key fingerprint:</source>
      <translation>Dấu vân tay của khóa:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="320" />
      <source>Matches the signed document</source>
      <translation>Khớp với văn bản đã ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="320" />
      <source>Does not match the signed document</source>
      <translation>Không khớp với văn bản đã ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="321" />
      <source>None (not a Sổ Thôn document)</source>
      <translation>Không có (không phải văn bản của Sổ Thôn)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="322" />
      <source>Footer QR code:</source>
      <translation>Mã QR ở chân trang:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="324" />
      <source>Signatures:</source>
      <translation>Số chữ ký:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="528" />
      <source>&amp;Kind of document:</source>
      <translation>Loại văn &amp;bản:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="532" />
      <source>Options</source>
      <translation>Tùy chọn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="533" />
      <source>&amp;Year:</source>
      <translation>Nă&amp;m:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="534" />
      <source>Date of the &amp;list:</source>
      <translation>&amp;Ngày lập danh sách:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="535" />
      <source>Election &amp;name:</source>
      <translation>&amp;Tên cuộc bầu cử:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="536" />
      <source>e.g. Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp</source>
      <translation>ví dụ: Bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="537" />
      <source>Voting &amp;area:</source>
      <translation>&amp;Khu vực bỏ phiếu:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="538" />
      <source>e.g. Khu vực bỏ phiếu số 3</source>
      <translation>ví dụ: Khu vực bỏ phiếu số 3</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="539" />
      <source>&amp;Household:</source>
      <translation>&amp;Hộ gia đình:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="540" />
      <source>Secretary who &amp;co-signs:</source>
      <translation>Thư ký cùng &amp;ký:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="541" />
      <source>Mediation &amp;case:</source>
      <translation>&amp;Vụ, việc hòa giải:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="542" />
      <source>&amp;Meeting:</source>
      <translation>Cuộc &amp;họp:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="543" />
      <source>Re&amp;port period:</source>
      <translation>Kỳ &amp;Kỳ báo cáo:amp;báo cáo:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="546" />
      <source>The minutes carry two signatures: yours as the chair and the secretary's. The secretary's name is printed from their profile; they add their signature later from the list of signed documents.</source>
      <translation>Biên bản có hai chữ ký: của bạn (chủ trì) và của thư ký. Tên thư ký được in theo hồ sơ người dùng của thư ký; thư ký ký sau trong danh sách văn bản đã ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="552" />
      <source>&amp;Create document</source>
      <translation>&amp;Lập văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="553" />
      <source>&amp;Verify a signed PDF…</source>
      <translation>Kiểm &amp;tra văn bản PDF đã ký…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="554" />
      <source>Check the signature of a PDF file, for example one you received</source>
      <translation>Kiểm tra chữ ký của một tệp PDF, ví dụ tệp bạn nhận được</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="555" />
      <source>&amp;Sign</source>
      <translation>&amp;Ký văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="556" />
      <source>Sign the document with your key: a stamp with your name, role and the time</source>
      <translation>Ký văn bản bằng khóa của bạn: dấu ký ghi tên, chức vụ và thời gian</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="557" />
      <source>Save &amp;as…</source>
      <translation>Lư&amp;u thành tệp…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="558" />
      <source>&amp;Print…</source>
      <translation>&amp;In…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="559" />
      <source>Zoom out</source>
      <translation>Thu nhỏ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="560" />
      <source>Zoom in</source>
      <translation>Phóng to</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="561" />
      <source>Fit width</source>
      <translation>Vừa chiều rộng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="562" />
      <source>Choose a kind of document on the left, then press “Create document”. It shows here before you sign, save or print it.</source>
      <translation>Chọn loại văn bản ở bên trái rồi bấm “Lập văn bản”. Văn bản hiện ở đây để bạn xem trước khi ký, lưu hoặc in.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="564" />
      <source>&amp;New document</source>
      <translation>&amp;Lập văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="565" />
      <source>Create a document from the register</source>
      <translation>Lập văn bản từ sổ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="566" />
      <source>The documents you signed: kept here and sent with the next bundle</source>
      <translation>Các văn bản bạn đã ký: được lưu ở đây và gửi kèm gói dữ liệu tiếp theo</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="608" />
      <source>&amp;Election day:</source>
      <translation>Ngày bầu &amp;cử:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="610" />
      <source>A &amp;day in the report period:</source>
      <translation>Một &amp;ngày trong kỳ báo cáo:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="611" />
      <source>&amp;Date on the document:</source>
      <translation>&amp;Ngày ghi trên văn bản:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="614" />
      <source>No meeting of this body is recorded yet: this shows a sample meeting made from the register. Record the meeting in the Meetings area to make its minutes.</source>
      <translation>Chưa ghi cuộc họp nào của tổ chức này: đây là cuộc họp mẫu lập từ sổ hộ khẩu. Hãy ghi cuộc họp ở mục Hội họp để lập biên bản của cuộc họp đó.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="617" />
      <source>Residents who are 18 or older on the election day.</source>
      <translation>Người đủ 18 tuổi trở lên tính đến ngày bầu cử.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="619" />
      <source>Residents turning 70, 75, 80, 85, 90, 95, or 100 and over in the year.</source>
      <translation>Người tròn 70, 75, 80, 85, 90, 95 tuổi hoặc từ 100 tuổi trở lên trong năm.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="621" />
      <source>Young men of military-service age in the year.</source>
      <translation>Công dân nam trong độ tuổi thực hiện nghĩa vụ quân sự trong năm.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="623" />
      <source>Signed by a mediator of the case (the profile linked to them on the team page).</source>
      <translation>Do hòa giải viên của vụ, việc ký (tài khoản gắn với hòa giải viên trong tổ hòa giải).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="625" />
      <source>No case has this outcome yet.</source>
      <translation>Chưa có vụ, việc nào có kết quả này.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="627" />
      <source>No meeting of this kind is recorded yet (party cell meetings show only to the party cell secretary).</source>
      <translation>Chưa ghi cuộc họp nào thuộc loại này (cuộc họp chi bộ chỉ hiện với bí thư chi bộ).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="630" />
      <source>There are no households yet.</source>
      <translation>Chưa có hộ gia đình nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="650" />
      <source>Preview</source>
      <translation>Xem trước</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="658" />
      <source>{title} — {date} — {pages} pages</source>
      <translation>{title} — {date} — {pages} trang</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="660" />
      <source>{title} — {date} — 1 page</source>
      <translation>{title} — {date} — 1 trang</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="666" />
      <source>Not signed yet.</source>
      <translation>Chưa ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="680" />
      <source>Si&amp;gned ({count})</source>
      <translation>Đã &amp;ký ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="680" />
      <source>Si&amp;gned</source>
      <translation>Đã &amp;ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="729" />
      <source>Case {number}: {type}</source>
      <translation>Vụ, việc {number}: {type}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="746" />
      <source>{number}: {title} ({date})</source>
      <translation>{number}: {title} ({date})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="768" />
      <source>Nobody: the chair signs alone</source>
      <translation>Không có: chỉ chủ trì ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="771" />
      <source>{name} ({profile})</source>
      <translation>{name} ({profile})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="816" />
      <source>Creating the document…</source>
      <translation>Đang lập văn bản…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="87" />
      <source>The month of the date</source>
      <translation>Tháng của ngày ghi trên văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="87" />
      <source>The quarter of the date</source>
      <translation>Quý của ngày ghi trên văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="870" />
      <source>Signing…</source>
      <translation>Đang ký…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="88" />
      <source>The year of the date</source>
      <translation>Năm của ngày ghi trên văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="910" />
      <source>Save the document</source>
      <translation>Lưu văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="936" />
      <source>Print the document</source>
      <translation>In văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="944" />
      <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
      <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật và đã kết nối, rồi thử lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="947" />
      <source>Sent {pages} pages to the printer.</source>
      <translation>Đã gửi {pages} trang đến máy in.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="972" />
      <source>Choose a signed PDF</source>
      <translation>Chọn tệp PDF đã ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/documents/page.py" line="992" />
      <source>Verifying…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/delivery.py" line="135" />
      <source>Sending to the commune: not set up</source>
      <translation>Gửi lên xã: chưa thiết lập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/delivery.py" line="137" />
      <source>{count} bundles not sent: check the sending settings</source>
      <translation>{count} gói chưa gửi được: cần kiểm tra cài đặt gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/delivery.py" line="139" />
      <source>Sending to the commune…</source>
      <translation>Đang gửi lên xã…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/delivery.py" line="141" />
      <source>{count} bundles waiting for network</source>
      <translation>{count} gói đang chờ có mạng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/delivery.py" line="143" />
      <source>{count} bundles to send</source>
      <translation>{count} gói chờ gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/delivery.py" line="145" />
      <source>All bundles received by the commune</source>
      <translation>Xã đã nhận đủ các gói</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/delivery.py" line="147" />
      <source>{count} rejected</source>
      <translation>{count} gói bị từ chối</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="194" />
      <source>Received bundles</source>
      <translation>Nhận dữ liệu từ thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="195" />
      <source>Open a bundle a hamlet brought, check it, save its signed documents and answer it with a receipt.</source>
      <translation>Mở gói dữ liệu thôn gửi đến, kiểm tra, lưu các văn bản đã ký và trả lời bằng giấy biên nhận.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="197" />
      <source>Open a bundle…</source>
      <translation>Mở gói dữ liệu…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="198" />
      <source>The bundle</source>
      <translation>Gói dữ liệu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="201" />
      <source>Signed documents in the bundle</source>
      <translation>Văn bản đã ký trong gói</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="203" />
      <source>The bundle carries no signed document.</source>
      <translation>Gói không kèm văn bản đã ký nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="204" />
      <source>Save the signed documents…</source>
      <translation>Lưu các văn bản đã ký…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="205" />
      <source>Accept and write the receipt…</source>
      <translation>Chấp nhận và ghi giấy biên nhận…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="206" />
      <source>Reject…</source>
      <translation>Trả lại…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="221" />
      <source>No bundle is open. A bundle is a file ending in .sothon.</source>
      <translation>Chưa mở gói nào. Gói dữ liệu là tệp có đuôi .sothon.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="223" />
      <source>File: {path}</source>
      <translation>Tệp: {path}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="228" />
      <source>Valid: the bundle is complete, unchanged and signed with the key shown below.</source>
      <translation>Hợp lệ: gói đầy đủ, không bị sửa đổi và được ký bằng khóa có dấu vân tay dưới đây.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="230" />
      <source>It was encrypted for this unit and opened with its key.</source>
      <translation>Gói được mã hóa cho đơn vị này và đã được mở bằng khóa của đơn vị.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="242" />
      <source>{name} (code {code})</source>
      <translation>{name} (mã {code})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="261" />
      <source>Yes</source>
      <translation>Có</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="288" />
      <source>Open a bundle</source>
      <translation>Mở gói dữ liệu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="289" />
      <source>Bundles (*.sothon);;All files (*)</source>
      <translation>Gói dữ liệu (*.sothon);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="323" />
      <source>Checking the bundle…</source>
      <translation>Đang kiểm tra gói…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="332" />
      <source>Save the signed documents to a folder</source>
      <translation>Lưu các văn bản đã ký vào thư mục</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="359" />
      <source>Saving the signed documents…</source>
      <translation>Đang lưu các văn bản đã ký…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="372" />
      <source>Reject the bundle</source>
      <translation>Trả lại gói</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="373" />
      <source>Why is this bundle rejected? The hamlet reads this reason in its outbox.</source>
      <translation>Vì sao trả lại gói này? Thôn sẽ đọc lý do trong hộp thư đi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="388" />
      <source>Where to write the receipt</source>
      <translation>Nơi ghi giấy biên nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="404" />
      <source>Bundle {sequence} was accepted.</source>
      <translation>Đã chấp nhận gói số {sequence}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="405" />
      <source>Bundle {sequence} was rejected.</source>
      <translation>Đã trả lại gói số {sequence}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="406" />
      <source>Receipt written to {path}. Give it back to the hamlet (for example on the same USB stick).</source>
      <translation>Đã ghi giấy biên nhận vào {path}. Hãy gửi lại cho thôn (ví dụ chép vào chính chiếc USB đó).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="420" />
      <source>Writing the receipt…</source>
      <translation>Đang ghi giấy biên nhận…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="58" />
      <source>Document</source>
      <translation>Văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="58" />
      <source>Names residents</source>
      <translation>Có họ tên người dân</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="62" />
      <source>Sent by:</source>
      <translation>Nơi gửi:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="62" />
      <source>Kind:</source>
      <translation>Loại:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="62" />
      <source>Bundle number:</source>
      <translation>Số gói:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="63" />
      <source>Period:</source>
      <translation>Kỳ dữ liệu:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="64" />
      <source>Created on:</source>
      <translation>Ngày tạo:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="64" />
      <source>Contents:</source>
      <translation>Nội dung:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="69" />
      <source>Party bundle for the party committee</source>
      <translation>Gói của Đảng gửi Đảng ủy</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="69" />
      <source>Bundle for the commune</source>
      <translation>Gói dữ liệu gửi xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="83" />
      <source>1 signed document saved to {folder}.</source>
      <translation>Đã lưu 1 văn bản đã ký vào {folder}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/inbox_page.py" line="84" />
      <source>{count} signed documents saved to {folder}.</source>
      <translation>Đã lưu {count} văn bản đã ký vào {folder}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="101" />
      <source>{count} set aside (see the reason below)</source>
      <translation>{count} thư để riêng (xem lý do bên dưới)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="102" />
      <source>{count} messages read: {parts}.</source>
      <translation>Đã đọc {count} thư: {parts}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="104" />
      <source>{count} receipts from earlier were sent now.</source>
      <translation>Đã gửi bù {count} biên nhận của lần trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="106" />
      <source>{count} more messages wait for the next fetch.</source>
      <translation>Còn {count} thư chờ lần lấy thư sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="162" />
      <source>Bundles received by e-mail</source>
      <translation>Gói dữ liệu nhận qua thư điện tử</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="163" />
      <source>Fetch mail</source>
      <translation>Lấy thư</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="174" />
      <source>No mailbox is set up, so mail cannot be fetched yet. Set it up in Settings → Receiving bundles by e-mail (missing: {keys}). Until then, import the bundles hamlets send as attachments with Hamlets → Import bundles.</source>
      <translation>Chưa thiết lập hộp thư nên chưa lấy thư được. Hãy thiết lập ở Cài đặt → Nhận gói qua thư điện tử (còn thiếu: {keys}). Trong khi chờ, hãy nhập các gói thôn gửi kèm thư bằng Các thôn → Nhập các gói.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="181" />
      <source>Reads the mailbox {user} on {host}: each bundle a hamlet sent is imported and answered with its receipt by e-mail.</source>
      <translation>Đọc hộp thư {user} trên máy chủ {host}: mỗi gói thôn gửi đến được nhập và được trả lời bằng biên nhận qua thư điện tử.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="185" />
      <source>Set up the mailbox first: Settings → Receiving bundles by e-mail.</source>
      <translation>Hãy thiết lập hộp thư trước: Cài đặt → Nhận gói qua thư điện tử.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="224" />
      <source>Connecting…</source>
      <translation>Đang kết nối…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="226" />
      <source>Reading the mailbox…</source>
      <translation>Đang đọc hộp thư…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="256" />
      <source>{done} of {total} messages</source>
      <translation>{done}/{total} thư</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="276" />
      <source>Some receipts could not be sent now; they go at the next fetch: {reason}</source>
      <translation>Một số biên nhận chưa gửi được lúc này; sẽ gửi ở lần lấy thư sau: {reason}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="42" />
      <source>your e-mail address</source>
      <translation>địa chỉ thư điện tử của xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="42" />
      <source>the IMAP server</source>
      <translation>máy chủ nhận thư (IMAP)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="43" />
      <source>the IMAP user name</source>
      <translation>tên đăng nhập hộp thư (IMAP)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="43" />
      <source>the IMAP password</source>
      <translation>mật khẩu hộp thư (IMAP)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="44" />
      <source>the SMTP server</source>
      <translation>máy chủ gửi thư (SMTP)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="45" />
      <source>Read on</source>
      <translation>Đọc lúc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="45" />
      <source>Receipt</source>
      <translation>Biên nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="48" />
      <source>Refused</source>
      <translation>Bị từ chối</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="48" />
      <source>Set aside</source>
      <translation>Để riêng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="48" />
      <source>Not a bundle</source>
      <translation>Không phải gói dữ liệu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="49" />
      <source>Sent by e-mail</source>
      <translation>Đã gửi qua thư</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="49" />
      <source>Waiting to be sent</source>
      <translation>Đang chờ gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="49" />
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="74" />
      <source>Imported into the commune's register: {count} records changed.</source>
      <translation>Đã nhập vào sổ của xã: {count} bản ghi thay đổi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="76" />
      <source>Imported into the commune's register.</source>
      <translation>Đã nhập vào sổ của xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="78" />
      <source>This bundle was imported before: nothing changed, the same receipt is sent again.</source>
      <translation>Gói này đã được nhập trước đây: không có gì thay đổi, biên nhận cũ được gửi lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="80" />
      <source>Refused by the import ({code}): kept in the quarantine folder with the reason; a rejection receipt goes to the hamlet.</source>
      <translation>Bị từ chối khi nhập ({code}): lưu trong thư mục cách ly kèm lý do; biên nhận từ chối được gửi về thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="83" />
      <source>Set aside in the quarantine folder ({code}); nothing was imported and nobody was answered.</source>
      <translation>Đã để riêng trong thư mục cách ly ({code}); không nhập gì và không trả lời ai.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="96" />
      <source>{count} imported</source>
      <translation>{count} gói đã nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/mail_box.py" line="98" />
      <source>{count} already imported</source>
      <translation>{count} gói đã nhập trước đây</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="102" />
      <source>{events} changes</source>
      <translation>{events} biến động</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="112" />
      <source>Not sent: check the sending settings</source>
      <translation>Chưa gửi được: cần kiểm tra cài đặt gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="116" />
      <source>No receipt after {days} days: to be sent again</source>
      <translation>Chưa có biên nhận sau {days} ngày: sẽ gửi lại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="118" />
      <source>Sent again on {date}, awaiting the receipt</source>
      <translation>Đã gửi lại lúc {date}, đang chờ biên nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="131" />
      <source>Party bundle {sequence} for the party committee was created.</source>
      <translation>Đã tạo gói của Đảng số {sequence} gửi Đảng ủy.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="132" />
      <source>Bundle {sequence} was created.</source>
      <translation>Đã tạo gói dữ liệu số {sequence}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="134" />
      <source>It carries no signed document.</source>
      <translation>Gói không kèm văn bản đã ký nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="135" />
      <source>It carries 1 signed document.</source>
      <translation>Gói kèm 1 văn bản đã ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="136" />
      <source>It carries {count} signed documents.</source>
      <translation>Gói kèm {count} văn bản đã ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="139" />
      <source>1 signed document that names residents was not included; tick “Include the signed documents that name residents” to send it.</source>
      <translation>1 văn bản đã ký có họ tên người dân chưa được gửi kèm; đánh dấu “Gửi kèm văn bản đã ký có họ tên người dân” để gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="143" />
      <source>{count} signed documents that name residents were not included; tick “Include the signed documents that name residents” to send them.</source>
      <translation>{count} văn bản đã ký có họ tên người dân chưa được gửi kèm; đánh dấu “Gửi kèm văn bản đã ký có họ tên người dân” để gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="146" />
      <source>Save it to a USB stick or a folder to send it.</source>
      <translation>Hãy lưu gói vào USB hoặc một thư mục để gửi đi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="158" />
      <source>This receipt was already recorded: party bundle {sequence} is “{state}”.</source>
      <translation>Giấy biên nhận này đã được ghi nhận: gói của Đảng số {sequence} đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="161" />
      <source>This receipt was already recorded: bundle {sequence} is “{state}”.</source>
      <translation>Giấy biên nhận này đã được ghi nhận: gói số {sequence} đang ở trạng thái “{state}”.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="164" />
      <source>Party bundle {sequence} was received by the party committee.</source>
      <translation>Đảng ủy đã nhận gói của Đảng số {sequence}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="165" />
      <source>Bundle {sequence} was received by the commune.</source>
      <translation>Xã đã nhận gói số {sequence}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="169" />
      <source>The party committee rejected party bundle {sequence}: “{reason}”.</source>
      <translation>Đảng ủy trả lại gói của Đảng số {sequence}: “{reason}”.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="172" />
      <source>The commune rejected bundle {sequence}: “{reason}”.</source>
      <translation>Xã trả lại gói số {sequence}: “{reason}”.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="173" />
      <source>The next bundle carries its contents again.</source>
      <translation>Gói tiếp theo sẽ gửi lại nội dung của gói này.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="181" />
      <source>No new receipt in the mailbox yet. The commune answers when it has fetched its mail.</source>
      <translation>Hộp thư chưa có biên nhận mới. Xã sẽ trả lời sau khi lấy thư.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="188" />
      <source>bundle {sequence}: {state}</source>
      <translation>gói số {sequence}: {state}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="193" />
      <source>Receipts read from the mailbox: {parts}.</source>
      <translation>Biên nhận đọc từ hộp thư: {parts}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="232" />
      <source>The party committee</source>
      <translation>Đảng ủy xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="232" />
      <source>The commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="234" />
      <source>No party committee is registered yet. Ask the commune's party committee for its certificate file (.pem): the party cell secretary sends it the party cell's minutes.</source>
      <translation>Chưa đăng ký Đảng ủy. Hãy xin Đảng ủy xã tệp chứng thư (.pem): bí thư chi bộ gửi biên bản sinh hoạt chi bộ đến Đảng ủy.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="236" />
      <source>No commune is registered yet. Ask the commune for its certificate file (.pem) and register it before creating a bundle.</source>
      <translation>Chưa đăng ký xã. Hãy xin xã tệp chứng thư số (.pem) và đăng ký trước khi tạo gói dữ liệu.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="239" />
      <source>Register the party committee's certificate…</source>
      <translation>Đăng ký chứng thư của Đảng ủy…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="240" />
      <source>Register the commune's certificate…</source>
      <translation>Đăng ký chứng thư số của xã…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="243" />
      <source>{name} (code {code})
Certificate fingerprint:
{fingerprint}</source>
      <translation>{name} (mã {code})
Dấu vân tay chứng thư số:
{fingerprint}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="245" />
      <source>Replace the party committee's certificate…</source>
      <translation>Thay chứng thư của Đảng ủy…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="246" />
      <source>Replace the commune's certificate…</source>
      <translation>Thay chứng thư số của xã…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="366" />
      <source>Send party documents to the party committee</source>
      <translation>Gửi văn bản của chi bộ lên Đảng ủy</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="367" />
      <source>A party bundle carries the party cell's signed minutes that the party committee has not received yet, encrypted so that only the party committee can read it and signed with your key.</source>
      <translation>Gói của Đảng chứa các biên bản đã ký của chi bộ mà Đảng ủy chưa nhận, được mã hóa để chỉ Đảng ủy đọc được và được ký bằng khóa của bạn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="371" />
      <source>Create a party bundle for the party committee</source>
      <translation>Tạo gói của Đảng gửi Đảng ủy</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="372" />
      <source>Create a party bundle</source>
      <translation>Tạo gói của Đảng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="374" />
      <source>Send data to the commune</source>
      <translation>Gửi dữ liệu lên xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="375" />
      <source>A bundle carries the register's changes and the signed documents since the last bundle the commune received, encrypted so that only the commune can read it and signed with this hamlet's key.</source>
      <translation>Gói dữ liệu chứa các thay đổi trong sổ và các văn bản đã ký kể từ gói gần nhất xã đã nhận, được mã hóa để chỉ xã đọc được và được ký bằng khóa của thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="379" />
      <source>Create a bundle for the commune</source>
      <translation>Tạo gói dữ liệu gửi xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="380" />
      <source>Create a bundle</source>
      <translation>Tạo gói dữ liệu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="381" />
      <source>Send everything again (not only changes)</source>
      <translation>Gửi lại toàn bộ (không chỉ các thay đổi)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="382" />
      <source>Include the signed documents that name residents (minutes, lists)</source>
      <translation>Gửi kèm văn bản đã ký có họ tên người dân (biên bản, danh sách)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="383" />
      <source>Minutes list the households that attended; lists and household sheets name people. Without this they stay here until a bundle that includes them. The register data stays coded either way.</source>
      <translation>Biên bản họp ghi các hộ dự họp; danh sách và phiếu hộ ghi họ tên người dân. Nếu không chọn, các văn bản này được giữ lại đến gói có gửi kèm. Dữ liệu sổ vẫn được mã hóa tên trong cả hai trường hợp.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="386" />
      <source>Include names in the register data (only when the commune asked for them)</source>
      <translation>Kèm họ tên trong dữ liệu sổ (chỉ khi xã yêu cầu)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="387" />
      <source>Without this, names, ID numbers and phone numbers in the register data are replaced by codes only this hamlet can match back to people. With it, the signed documents that name residents go too.</source>
      <translation>Nếu không chọn, họ tên, số định danh và số điện thoại trong dữ liệu sổ được thay bằng mã mà chỉ thôn mới đối chiếu lại được với người thật. Nếu chọn, các văn bản đã ký có họ tên người dân cũng được gửi kèm.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="390" />
      <source>The bundle is kept in the outbox folder of the data directory: {path}</source>
      <translation>Gói dữ liệu được lưu trong thư mục outbox của thư mục dữ liệu: {path}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="392" />
      <source>Outbox</source>
      <translation>Hộp thư đi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="394" />
      <source>No bundle yet. Create one, then save it to a USB stick or a folder.</source>
      <translation>Chưa có gói dữ liệu nào. Hãy tạo một gói, rồi lưu vào USB hoặc một thư mục.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="395" />
      <source>Save to USB / folder…</source>
      <translation>Lưu vào USB / thư mục…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="396" />
      <source>Send now</source>
      <translation>Gửi ngay</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="397" />
      <source>Receipts by e-mail</source>
      <translation>Lấy biên nhận qua thư</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="398" />
      <source>Read the receipts the commune answered by e-mail from your mailbox now (Sổ Thôn also reads them by itself at each sending round).</source>
      <translation>Đọc ngay các biên nhận xã trả lời qua thư điện tử trong hộp thư của bạn (Sổ Thôn cũng tự đọc mỗi lần gửi).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="401" />
      <source>Mark as rejected…</source>
      <translation>Đánh dấu bị trả lại…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="403" />
      <source>Open a receipt from the party committee…</source>
      <translation>Mở giấy biên nhận của Đảng ủy…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="404" />
      <source>When the party committee answers with a receipt file (.sothon-receipt), open it here; mark a bundle by hand only when it answers by phone.</source>
      <translation>Khi Đảng ủy trả lời bằng tệp giấy biên nhận (.sothon-receipt), hãy mở tệp ở đây; chỉ tự đánh dấu khi Đảng ủy trả lời qua điện thoại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="408" />
      <source>Open a receipt from the commune…</source>
      <translation>Mở giấy biên nhận của xã…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="409" />
      <source>When the commune answers with a receipt file (.sothon-receipt), open it here; mark a bundle by hand only when the commune answers by phone.</source>
      <translation>Khi xã trả lời bằng tệp giấy biên nhận (.sothon-receipt), hãy mở tệp ở đây; chỉ tự đánh dấu khi xã trả lời qua điện thoại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="479" />
      <source>Set how bundles reach the commune first: Settings → Sending to the commune (the inbox service's address, or e-mail).</source>
      <translation>Hãy thiết lập cách gửi gói lên xã trước: Cài đặt → Gửi lên xã (địa chỉ dịch vụ nhận hồ sơ, hoặc thư điện tử).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="487" />
      <source>Mark as received by the party committee</source>
      <translation>Đánh dấu Đảng ủy đã nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="488" />
      <source>Mark as received by the commune</source>
      <translation>Đánh dấu xã đã nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="529" />
      <source>The party committee's certificate</source>
      <translation>Chứng thư của Đảng ủy</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="530" />
      <source>The commune's certificate</source>
      <translation>Chứng thư số của xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="532" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Chứng thư số (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="546" />
      <source>The party committee's certificate is registered ({name}).</source>
      <translation>Đã đăng ký chứng thư của Đảng ủy ({name}).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="549" />
      <source>The commune {name} is registered.</source>
      <translation>Đã đăng ký {name}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="59" />
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="59" />
      <source>Party committee</source>
      <translation>Đảng ủy</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="591" />
      <source>Creating the bundle…</source>
      <translation>Đang tạo gói dữ liệu…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="611" />
      <source>Sent: the list shows each bundle's state.</source>
      <translation>Đã gửi: danh sách cho biết trạng thái của từng gói.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="624" />
      <source>Bundle {sequence}, last try {when}: {message}</source>
      <translation>Gói số {sequence}, lần thử gần nhất lúc {when}: {message}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="628" />
      <source>Correct it in Settings → Sending to the commune, then press Send now.</source>
      <translation>Hãy sửa ở Cài đặt → Gửi lên xã, rồi bấm Gửi ngay.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="63" />
      <source>Rejected by the party committee</source>
      <translation>Đảng ủy trả lại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="630" />
      <source>Sổ Thôn tries again by itself from {when}; Send now tries at once.</source>
      <translation>Sổ Thôn sẽ tự thử lại từ {when}; bấm Gửi ngay để thử luôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="633" />
      <source>No receipt has come for bundle {sequence} {days} days after it was mailed: it is mailed again at the next sending round (or press Send now). The commune imports it only once.</source>
      <translation>Gói số {sequence} đã gửi qua thư được {days} ngày mà chưa có biên nhận: gói sẽ được gửi lại ở lần gửi tới (hoặc bấm Gửi ngay). Xã chỉ nhập gói một lần.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="655" />
      <source>Reading the mailbox for the commune's receipts…</source>
      <translation>Đang đọc hộp thư để lấy biên nhận của xã…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="66" />
      <source>For</source>
      <translation>Gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="66" />
      <source>Created on</source>
      <translation>Ngày tạo</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="66" />
      <source>Period</source>
      <translation>Kỳ dữ liệu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="66" />
      <source>Contents</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="691" />
      <source>Save the bundle to a USB stick or a folder</source>
      <translation>Lưu gói dữ liệu vào USB hoặc một thư mục</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="714" />
      <source>Bundle {sequence} saved to {path}.</source>
      <translation>Đã lưu gói dữ liệu số {sequence} vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="725" />
      <source>Saving the bundle…</source>
      <translation>Đang lưu gói dữ liệu…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="735" />
      <source>Why did the party committee reject this bundle?</source>
      <translation>Vì sao Đảng ủy trả lại gói này?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="738" />
      <source>Rejected by the commune</source>
      <translation>Xã từ chối</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="738" />
      <source>Why did the commune reject this bundle?</source>
      <translation>Vì sao xã từ chối gói dữ liệu này?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="747" />
      <source>Open a receipt</source>
      <translation>Mở giấy biên nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="748" />
      <source>Receipts (*.sothon-receipt);;All files (*)</source>
      <translation>Giấy biên nhận (*.sothon-receipt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="85" />
      <source>1 document</source>
      <translation>1 văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="85" />
      <source>{count} documents</source>
      <translation>{count} văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="92" />
      <source>{count} meetings</source>
      <translation>{count} cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/exchange/page.py" line="97" />
      <source>{households} households, {residents} residents</source>
      <translation>{households} hộ, {residents} nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/login.py" line="100" />
      <source>{unit} · {commune}, {province}</source>
      <translation>{unit} · {commune}, {province}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/login.py" line="103" />
      <source>&amp;Profile:</source>
      <translation>&amp;Tài khoản:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/login.py" line="104" />
      <source>Pass&amp;phrase:</source>
      <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/login.py" line="105" />
      <source>Type your passphrase</source>
      <translation>Nhập mật khẩu của bạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/login.py" line="107" />
      <source>&amp;Quit</source>
      <translation>Th&amp;oát</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/login.py" line="96" />
      <source>Sổ Thôn — sign in</source>
      <translation>Sổ Thôn — đăng nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="179" />
      <source>At a glance</source>
      <translation>Tổng quan</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="180" />
      <source>Households &amp; residents</source>
      <translation>Hộ gia đình và nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="182" />
      <source>Exchange</source>
      <translation>Gửi dữ liệu lên xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="184" />
      <source>Mediation</source>
      <translation>Hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="186" />
      <source>Security and order</source>
      <translation>An ninh, trật tự</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="190" />
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="191" />
      <source>Trash</source>
      <translation>Thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="221" />
      <source>Temporary residences ending soon</source>
      <translation>Tạm trú sắp hết hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="223" />
      <source>These temporary residence registrations end within {days} days. Remind the people to renew them or to declare that they have left.</source>
      <translation>Các đăng ký tạm trú này sẽ hết hạn trong vòng {days} ngày. Hãy nhắc những người này gia hạn hoặc khai báo đã chuyển đi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="228" />
      <source>Ends on</source>
      <translation>Ngày hết hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="418" />
      <source>Sổ Thôn — {unit}</source>
      <translation>Sổ Thôn — {unit}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="423" />
      <source>&amp;File</source>
      <translation>&amp;Tệp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="424" />
      <source>&amp;View</source>
      <translation>&amp;Xem</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="425" />
      <source>&amp;Help</source>
      <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="426" />
      <source>&amp;Language</source>
      <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="428" />
      <source>&amp;Import household list…</source>
      <translation>&amp;Nhập danh sách hộ…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="429" />
      <source>&amp;Export register…</source>
      <translation>&amp;Xuất danh sách…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="430" />
      <source>Blank import &amp;template…</source>
      <translation>Tệp &amp;mẫu để nhập…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="434" />
      <source>&amp;Larger text</source>
      <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="435" />
      <source>&amp;Smaller text</source>
      <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="436" />
      <source>&amp;Normal text size</source>
      <translation>Cỡ chữ &amp;bình thường</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="437" />
      <source>&amp;About Sổ Thôn</source>
      <translation>&amp;Giới thiệu Sổ Thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="438" />
      <source>Find a resident</source>
      <translation>Tìm nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="439" />
      <source>New household</source>
      <translation>Thêm hộ mới</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="444" />
      <source>Go to: {area}</source>
      <translation>Đi tới: {area}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="447" />
      <source>{unit} ({code})</source>
      <translation>{unit} ({code})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="448" />
      <source>The unit this copy serves and its unit code</source>
      <translation>Đơn vị sử dụng bản Sổ Thôn này và mã đơn vị</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="451" />
      <source>The profile you signed in with</source>
      <translation>Tài khoản bạn đang đăng nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="633" />
      <source>{residents} residents · {households} households in the hamlets' records</source>
      <translation>{residents} nhân khẩu · {households} hộ trong hồ sơ các thôn gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="634" />
      <source>{residents} residents · {households} households</source>
      <translation>{residents} nhân khẩu · {households} hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="639" />
      <source>{count} temporary residences end within {days} days</source>
      <translation>{count} đăng ký tạm trú hết hạn trong vòng {days} ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="641" />
      <source>Click to see who needs to renew</source>
      <translation>Bấm để xem những ai cần gia hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="707" />
      <source>About Sổ Thôn</source>
      <translation>Giới thiệu Sổ Thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/main_window.py" line="707" />
      <source>Sổ Thôn {version} — the hamlet book.

The records of a hamlet or a commune, kept on this computer and shared with the commune by files.</source>
      <translation>Sổ Thôn {version} — sổ sách của thôn.

Sổ sách của thôn hoặc xã, được lưu trên máy tính này và gửi cho xã bằng tệp.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="100" />
      <source>Add someone not in the register</source>
      <translation>Thêm người ngoài sổ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="101" />
      <source>Remove</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="111" />
      <source>Scope check</source>
      <translation>Kiểm tra phạm vi hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="112" />
      <source>Outside the scope of grassroots mediation: refer it, do not mediate</source>
      <translation>Không thuộc phạm vi hòa giải ở cơ sở: chuyển đi, không hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="117" />
      <source>e.g. UBND xã, Công an xã</source>
      <translation>ví dụ: UBND xã, Công an xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="121" />
      <source>Ground:</source>
      <translation>Căn cứ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="122" />
      <source>Referred to:</source>
      <translation>Chuyển đến:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="123" />
      <source>Referred on:</source>
      <translation>Ngày chuyển:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="128" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="181" />
      <source>Party</source>
      <translation>Bên tranh chấp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="182" />
      <source>Interested person</source>
      <translation>Người có quyền lợi, nghĩa vụ liên quan</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="60" />
      <source>New mediation case</source>
      <translation>Tiếp nhận vụ, việc hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="80" />
      <source>Confidential: only its mediators and the team leader see the parties</source>
      <translation>Bảo mật: chỉ hòa giải viên được phân công và tổ trưởng xem được các bên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="81" />
      <source>Urgent (mediation may start later than 3 days after the assignment)</source>
      <translation>Khẩn cấp (không áp dụng thời hạn bắt đầu hòa giải 3 ngày sau khi phân công)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="83" />
      <source>Received on:</source>
      <translation>Ngày tiếp nhận:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="84" />
      <source>How it started:</source>
      <translation>Căn cứ hòa giải:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="85" />
      <source>Type:</source>
      <translation>Loại vụ, việc:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="86" />
      <source>What it is about:</source>
      <translation>Nội dung vụ, việc:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="87" />
      <source>Place:</source>
      <translation>Địa điểm:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="91" />
      <source>Parties and interested persons</source>
      <translation>Các bên và người có quyền lợi, nghĩa vụ liên quan</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="93" />
      <source>Name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="93" />
      <source>Born</source>
      <translation>Sinh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="93" />
      <source>Position or request</source>
      <translation>Ý kiến, yêu cầu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="94" />
      <source>Takes part as</source>
      <translation>Tư cách</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/intake_dialog.py" line="99" />
      <source>Add this resident</source>
      <translation>Thêm người này</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="10" />
      <source>Not started within 3 days</source>
      <translation>Chưa tiến hành hòa giải trong 03 ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="10" />
      <source>Agreement deadline passed</source>
      <translation>Quá thời hạn thực hiện thỏa thuận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="11" />
      <source>Follow-up due</source>
      <translation>Cần theo dõi việc thực hiện</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="12" />
      <source>Assign mediators…</source>
      <translation>Phân công hòa giải viên…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="12" />
      <source>Refer (out of scope)…</source>
      <translation>Chuyển (không thuộc phạm vi)…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="12" />
      <source>Record a session…</source>
      <translation>Ghi buổi hòa giải…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="13" />
      <source>Successful: the agreement…</source>
      <translation>Hòa giải thành: thỏa thuận…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="13" />
      <source>Unsuccessful…</source>
      <translation>Hòa giải không thành…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="14" />
      <source>Terminated…</source>
      <translation>Chấm dứt hòa giải…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="14" />
      <source>Follow-up check…</source>
      <translation>Theo dõi thực hiện…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="15" />
      <source>Report to the commune police…</source>
      <translation>Báo công an xã…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="16" />
      <source>Mediator assigned</source>
      <translation>Phân công hòa giải viên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="16" />
      <source>Mediation session</source>
      <translation>Buổi hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="17" />
      <source>Reported to the police</source>
      <translation>Đã báo công an</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="18" />
      <source>Agreement carried out</source>
      <translation>Đã thực hiện thỏa thuận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="19" />
      <source>Checked: not yet carried out</source>
      <translation>Kiểm tra: chưa thực hiện</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="20" />
      <source>The team has fewer than 3 mediators (Art. 12).</source>
      <translation>Tổ hòa giải có dưới 03 hòa giải viên (Điều 12).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="21" />
      <source>The team has no woman mediator (Art. 12).</source>
      <translation>Tổ hòa giải chưa có hòa giải viên nữ (Điều 12).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="22" />
      <source>The team has no leader.</source>
      <translation>Tổ hòa giải chưa có tổ trưởng.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="7" />
      <source>Received</source>
      <translation>Tiếp nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="7" />
      <source>Assigned</source>
      <translation>Đã phân công</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="7" />
      <source>Mediating</source>
      <translation>Đang hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="8" />
      <source>Unsuccessful</source>
      <translation>Hòa giải không thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="8" />
      <source>Terminated</source>
      <translation>Chấm dứt hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/labels.py" line="9" />
      <source>Referred</source>
      <translation>Đã chuyển cơ quan có thẩm quyền</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="161" />
      <source>Grassroots mediation</source>
      <translation>Hòa giải ở cơ sở</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="162" />
      <source>Cases</source>
      <translation>Vụ, việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="163" />
      <source>Statistics</source>
      <translation>Thống kê</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="164" />
      <source>Team</source>
      <translation>Tổ hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="165" />
      <source>New case…</source>
      <translation>Tiếp nhận vụ, việc…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="166" />
      <source>Team details…</source>
      <translation>Thông tin tổ…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="167" />
      <source>Add a mediator…</source>
      <translation>Thêm hòa giải viên…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="168" />
      <source>Edit the mediator…</source>
      <translation>Sửa hòa giải viên…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="169" />
      <source>Leaves the team…</source>
      <translation>Thôi làm hòa giải viên…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="180" />
      <source>Needs attention</source>
      <translation>Cần chú ý</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="181" />
      <source>What happened</source>
      <translation>Diễn biến</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="182" />
      <source>Mediator</source>
      <translation>Hòa giải viên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="182" />
      <source>Role</source>
      <translation>Vai trò</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="183" />
      <source>Recognised by</source>
      <translation>Quyết định công nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="183" />
      <source>Term</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="205" />
      <source>Every year</source>
      <translation>Mọi năm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="250" />
      <source>carried out</source>
      <translation>đã thực hiện</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="252" />
      <source>confidential</source>
      <translation>bí mật</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="263" />
      <source>{count} cases</source>
      <translation>{count} vụ, việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="295" />
      <source>No case to show</source>
      <translation>Không có vụ, việc để hiển thị</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="299" />
      <source>Case {number} — {status}</source>
      <translation>Vụ, việc số {number} — {status}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="300" />
      <source>Received {date}; type: {type}</source>
      <translation>Tiếp nhận ngày {date}; loại: {type}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="309" />
      <source>Mediators: {names}</source>
      <translation>Hòa giải viên: {names}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="343" />
      <source>Case {number} saved.</source>
      <translation>Đã lưu vụ, việc số {number}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="39" />
      <source>Written agreement (PDF)…</source>
      <translation>Văn bản hòa giải thành (PDF)…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="40" />
      <source>Minutes of unsuccessful mediation (PDF)…</source>
      <translation>Biên bản hòa giải không thành (PDF)…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="41" />
      <source>Open cases</source>
      <translation>Vụ, việc chưa xong</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="41" />
      <source>Overdue</source>
      <translation>Quá hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="41" />
      <source>All cases</source>
      <translation>Tất cả vụ, việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="415" />
      <source>Leaves the team</source>
      <translation>Thôi làm hòa giải viên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="416" />
      <source>{name} leaves the team on (dd/mm/yyyy):</source>
      <translation>{name} thôi làm hòa giải viên từ ngày (dd/mm/yyyy):</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="442" />
      <source>New team…</source>
      <translation>Thành lập tổ…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="444" />
      <source>No mediation team yet</source>
      <translation>Chưa có tổ hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="452" />
      <source>term {start} – {end}</source>
      <translation>nhiệm kỳ {start} – {end}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="454" />
      <source>Recognised by decision {number} of {date}</source>
      <translation>Công nhận theo quyết định số {number} ngày {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="459" />
      <source>Leader</source>
      <translation>Tổ trưởng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="460" />
      <source>female</source>
      <translation>nữ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="460" />
      <source>male</source>
      <translation>nam</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="462" />
      <source>left {date}</source>
      <translation>thôi từ {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/page.py" line="463" />
      <source>since {date}</source>
      <translation>từ {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="127" />
      <source>Success rate</source>
      <translation>Tỷ lệ thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="137" />
      <source>Quarter {n}</source>
      <translation>Quý {n}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="140" />
      <source>Month {n}</source>
      <translation>Tháng {n}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="157" />
      <source>Total</source>
      <translation>Tổng cộng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="172" />
      <source>No case received in this period was closed as successful or unsuccessful.</source>
      <translation>Chưa có vụ, việc nào tiếp nhận trong kỳ được hòa giải thành hoặc không thành.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="174" />
      <source>Success rate {rate} %: {successful} successful of {denominator} closed as successful or unsuccessful.</source>
      <translation>Tỷ lệ hòa giải thành {rate} %: {successful} vụ, việc thành trên {denominator} vụ, việc đã hòa giải thành hoặc không thành.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="21" />
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="21" />
      <source>Quarter</source>
      <translation>Quý</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/stats_view.py" line="21" />
      <source>Month</source>
      <translation>Tháng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="174" />
      <source>Assigned on:</source>
      <translation>Ngày phân công:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="175" />
      <source>Chosen by the parties</source>
      <translation>Do các bên lựa chọn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="177" />
      <source>Held on:</source>
      <translation>Ngày hòa giải:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="179" />
      <source>Who took part (one a line):</source>
      <translation>Người tham gia (mỗi người một dòng):</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="180" />
      <source>Summary:</source>
      <translation>Tóm tắt:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="182" />
      <source>Closed on:</source>
      <translation>Ngày kết thúc:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="184" />
      <source>What the parties agreed:</source>
      <translation>Nội dung các bên thỏa thuận:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="186" />
      <source>Each party's obligations:</source>
      <translation>Nghĩa vụ của từng bên:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="187" />
      <source>The parties want a written agreement (Art. 24)</source>
      <translation>Các bên yêu cầu lập văn bản hòa giải thành (Điều 24)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="191" />
      <source>Reason:</source>
      <translation>Lý do:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="196" />
      <source>Checked on:</source>
      <translation>Ngày kiểm tra:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="197" />
      <source>The agreement has been carried out</source>
      <translation>Các bên đã thực hiện thỏa thuận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="198" />
      <source>Note:</source>
      <translation>Ghi chú:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="200" />
      <source>Reported at:</source>
      <translation>Thời điểm báo:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="201" />
      <source>Reported to:</source>
      <translation>Báo cho:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="241" />
      <source>Mediators:</source>
      <translation>Hòa giải viên:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="72" />
      <source>Will do</source>
      <translation>Nghĩa vụ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="72" />
      <source>How</source>
      <translation>Phương thức thực hiện</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="72" />
      <source>By (dd/mm/yyyy)</source>
      <translation>Thời hạn (dd/mm/yyyy)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/step_dialog.py" line="80" />
      <source>Add an obligation</source>
      <translation>Thêm nghĩa vụ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="100" />
      <source>Recognition decision number:</source>
      <translation>Số quyết định công nhận:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="101" />
      <source>Decision dated:</source>
      <translation>Ngày quyết định:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="102" />
      <source>Term from:</source>
      <translation>Nhiệm kỳ từ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="103" />
      <source>Term to:</source>
      <translation>Nhiệm kỳ đến:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="121" />
      <source>Mediator {name}</source>
      <translation>Hòa giải viên {name}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="121" />
      <source>New mediator</source>
      <translation>Thêm hòa giải viên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="141" />
      <source>e.g. Kinh, Tày (when given)</source>
      <translation>ví dụ: Kinh, Tày (nếu có)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="147" />
      <source>No profile</source>
      <translation>Không có hồ sơ đăng nhập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="153" />
      <source>Not a resident of the register: type the details below</source>
      <translation>Không có trong sổ: nhập thông tin ở dưới</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="159" />
      <source>Resident:</source>
      <translation>Người trong sổ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="160" />
      <source>Full name:</source>
      <translation>Họ và tên:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="161" />
      <source>Sex:</source>
      <translation>Giới tính:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="162" />
      <source>Born in:</source>
      <translation>Năm sinh:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="166" />
      <source>Address:</source>
      <translation>Địa chỉ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="167" />
      <source>Role:</source>
      <translation>Vai trò:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="168" />
      <source>Ethnicity:</source>
      <translation>Dân tộc:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="169" />
      <source>Recognised by decision:</source>
      <translation>Quyết định công nhận số:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="171" />
      <source>Joined the team on:</source>
      <translation>Tham gia tổ từ ngày:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="172" />
      <source>Phone:</source>
      <translation>Điện thoại:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="173" />
      <source>Signs in as:</source>
      <translation>Hồ sơ đăng nhập:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="90" />
      <source>Mediation team</source>
      <translation>Tổ hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="90" />
      <source>New mediation team</source>
      <translation>Thành lập tổ hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="94" />
      <source>e.g. 15/QĐ-UBND</source>
      <translation>ví dụ: 15/QĐ-UBND</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/mediation/team_dialog.py" line="99" />
      <source>Name:</source>
      <translation>Tên:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="121" />
      <source>(represented by {name})</source>
      <translation>(đại diện: {name})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="123" />
      <source>{head} — household {number}, {address} — {status}</source>
      <translation>{head} — hộ số {number}, {address} — {status}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="130" />
      <source>{shown} of {total} households shown; {present} present.</source>
      <translation>Đang hiện {shown}/{total} hộ; {present} hộ có mặt.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="159" />
      <source>Choose a household in the list.</source>
      <translation>Chọn một hộ trong danh sách.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="162" />
      <source>Household {number}, {address}: head {head}.</source>
      <translation>Hộ số {number}, {address}: chủ hộ {head}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="82" />
      <source>Search a household by the head's name, the address or the number</source>
      <translation>Tìm hộ theo tên chủ hộ, địa chỉ hoặc số hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="83" />
      <source>Represented by</source>
      <translation>Người đại diện</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="84" />
      <source>Reason for absence</source>
      <translation>Lý do vắng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="85" />
      <source>e.g. ill, working away — needed for absent with a reason</source>
      <translation>ví dụ: ốm, đi làm ăn xa — bắt buộc khi vắng có lý do</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="87" />
      <source>Absent with a reason</source>
      <translation>Vắng có lý do</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/households.py" line="88" />
      <source>Absent without a reason</source>
      <translation>Vắng không lý do</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="140" />
      <source>— not from the register —</source>
      <translation>— không có trong sổ hộ —</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="197" />
      <source>Party cell members</source>
      <translation>Đảng viên của chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="200" />
      <source>Membership</source>
      <translation>Loại đảng viên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="200" />
      <source>Admitted</source>
      <translation>Ngày vào Đảng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="200" />
      <source>Official since</source>
      <translation>Ngày chính thức</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="201" />
      <source>Standing</source>
      <translation>Tình trạng sinh hoạt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="203" />
      <source>Add a member…</source>
      <translation>Thêm đảng viên…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="204" />
      <source>Change…</source>
      <translation>Sửa…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="231" />
      <source>left on {date}</source>
      <translation>đã chuyển đi ngày {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="241" />
      <source>{count} members: {full} full, {probationary} probationary.</source>
      <translation>{count} đảng viên: {full} chính thức, {probationary} dự bị.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="31" />
      <source>full member</source>
      <translation>đảng viên chính thức</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="31" />
      <source>probationary member</source>
      <translation>đảng viên dự bị</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="32" />
      <source>in regular activity</source>
      <translation>sinh hoạt bình thường</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="32" />
      <source>temporarily attached elsewhere</source>
      <translation>sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="33" />
      <source>exempt from activities</source>
      <translation>miễn sinh hoạt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="33" />
      <source>on approved leave</source>
      <translation>nghỉ có phép</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="34" />
      <source>suspended</source>
      <translation>đình chỉ sinh hoạt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="35" />
      <source>cell member</source>
      <translation>đảng viên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="35" />
      <source>cell secretary</source>
      <translation>bí thư chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="36" />
      <source>cell deputy secretary</source>
      <translation>phó bí thư chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="36" />
      <source>cell committee member</source>
      <translation>chi ủy viên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="48" />
      <source>Party member {name}</source>
      <translation>Đảng viên {name}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="48" />
      <source>New party member</source>
      <translation>Thêm đảng viên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="51" />
      <source>Search the register by name</source>
      <translation>Tìm trong sổ hộ theo họ tên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="80" />
      <source>From the register:</source>
      <translation>Chọn từ sổ hộ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="82" />
      <source>Or full name:</source>
      <translation>Hoặc ghi họ và tên:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="84" />
      <source>Year of birth:</source>
      <translation>Năm sinh:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="85" />
      <source>Only for a member who is not in the register</source>
      <translation>Chỉ ghi khi đảng viên không có trong sổ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="86" />
      <source>Membership:</source>
      <translation>Loại đảng viên:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="87" />
      <source>Admitted to the Party on:</source>
      <translation>Ngày vào Đảng:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="88" />
      <source>Official member since:</source>
      <translation>Ngày chính thức:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="89" />
      <source>Standing:</source>
      <translation>Tình trạng sinh hoạt:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="90" />
      <source>Role in the cell:</source>
      <translation>Chức vụ trong chi bộ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="91" />
      <source>Party card number:</source>
      <translation>Số thẻ đảng viên:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="94" />
      <source>Left the cell on:</source>
      <translation>Chuyển sinh hoạt đi ngày:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/members.py" line="95" />
      <source>A probationary member becomes official 12 months after admission at the earliest. Members attached elsewhere or suspended are not called at the roll call; those on leave are absent with a reason; the exempt are left out of the attendance rate.</source>
      <translation>Đảng viên dự bị được công nhận chính thức sớm nhất sau 12 tháng kể từ ngày vào Đảng. Đảng viên sinh hoạt tạm thời nơi khác hoặc bị đình chỉ sinh hoạt không có trong danh sách điểm danh; đảng viên nghỉ có phép được tính vắng có lý do; đảng viên miễn sinh hoạt không tính vào tỷ lệ dự họp.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="102" />
      <source>Speeches</source>
      <translation>Ý kiến phát biểu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="113" />
      <source>Motion</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="115" />
      <source>In favour</source>
      <translation>Tán thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="115" />
      <source>Against</source>
      <translation>Không tán thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="116" />
      <source>Abstain</source>
      <translation>Không biểu quyết</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="160" />
      <source>Secretary (who keeps the minutes)</source>
      <translation>Thư ký (người ghi biên bản)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="161" />
      <source>Start a meeting</source>
      <translation>Bắt đầu cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="162" />
      <source>Party cell members…</source>
      <translation>Đảng viên của chi bộ…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="164" />
      <source>Move the meeting to the trash…</source>
      <translation>Chuyển cuộc họp vào thùng rác…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="169" />
      <source>No meeting recorded yet. Choose the kind and start one.</source>
      <translation>Chưa có cuộc họp nào. Chọn loại cuộc họp rồi bấm bắt đầu.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="179" />
      <source>Secretary</source>
      <translation>Thư ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="234" />
      <source>Party cell meetings show only with the party cell secretary's profile.</source>
      <translation>Các buổi sinh hoạt chi bộ chỉ hiện khi dùng hồ sơ của bí thư chi bộ.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="311" />
      <source>Move meeting {number} of {date} ({title}) to the trash?

Delete only a meeting recorded by mistake. The tasks of earlier meetings it reviewed go back on the checklist. The Trash page can restore it, and the commune stops counting it after the next bundle.</source>
      <translation>Chuyển cuộc họp số {number} ngày {date} ({title}) vào thùng rác?

Chỉ xóa cuộc họp ghi nhầm. Các nhiệm vụ của cuộc họp trước mà cuộc họp này đã kiểm điểm sẽ trở lại danh sách cần kiểm điểm. Có thể khôi phục ở trang Thùng rác; xã sẽ không tính cuộc họp này nữa sau gói dữ liệu gửi tiếp theo.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="315" />
      <source>Delete a meeting</source>
      <translation>Xóa cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="315" />
      <source>Move to the trash</source>
      <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="328" />
      <source>Meeting {number} was moved to the trash.</source>
      <translation>Đã chuyển cuộc họp số {number} vào thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="335" />
      <source>{present} of {expected} households represented ({rate}); {guests} guests.</source>
      <translation>Có đại diện {present}/{expected} hộ ({rate}); {guests} khách mời.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="342" />
      <source>Under 85 %: a quality warning for the minutes.</source>
      <translation>Dưới 85%: cần lưu ý về chất lượng buổi sinh hoạt.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="349" />
      <source>Started at {time}</source>
      <translation>Bắt đầu lúc {time}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="353" />
      <source>Roll call by household</source>
      <translation>Điểm danh theo hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="369" />
      <source>Guests: {names}</source>
      <translation>Khách mời: {names}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="377" />
      <source>{motion} — {in_favour}/{denominator}, {result}</source>
      <translation>{motion} — {in_favour}/{denominator}, {result}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="412" />
      <source>Village hall</source>
      <translation>Nhà văn hóa thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="438" />
      <source>{name} is on the attendance as a guest.</source>
      <translation>Đã ghi {name} vào danh sách dự họp là khách mời.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="44" />
      <source>meeting in progress</source>
      <translation>đang họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="44" />
      <source>meeting held</source>
      <translation>đã họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="509" />
      <source>The document was made; open the Documents area to see it.</source>
      <translation>Đã lập văn bản; mở mục Văn bản để xem.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="70" />
      <source>A guest's name and position — Enter adds them</source>
      <translation>Họ tên và chức vụ của khách mời — nhấn Enter để thêm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="71" />
      <source>Add the guest</source>
      <translation>Thêm khách mời</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="77" />
      <source>What was said, in a few words — Enter saves it</source>
      <translation>Tóm tắt ý kiến — nhấn Enter để lưu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="78" />
      <source>Save the note</source>
      <translation>Lưu ý kiến</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="81" />
      <source>The motion put to the vote</source>
      <translation>Nội dung đưa ra biểu quyết</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="85" />
      <source>the resolution</source>
      <translation>là nghị quyết</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="86" />
      <source>Record the vote</source>
      <translation>Ghi kết quả biểu quyết</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="88" />
      <source>Finish the meeting</source>
      <translation>Kết thúc cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/page.py" line="93" />
      <source>Roll call (click a name)</source>
      <translation>Điểm danh (bấm vào tên)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="137" />
      <source>Speeches and conclusions</source>
      <translation>Ý kiến và kết luận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="139" />
      <source>Reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="140" />
      <source>Speaker</source>
      <translation>Người phát biểu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="140" />
      <source>Opinion</source>
      <translation>Ý kiến</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="142" />
      <source>Counted on</source>
      <translation>Tính trên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="143" />
      <source>Task</source>
      <translation>Nhiệm vụ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="143" />
      <source>Owner</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="143" />
      <source>Deadline</source>
      <translation>Thời hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="144" />
      <source>Reviewed</source>
      <translation>Kết quả rà soát</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="145" />
      <source>Tasks of the earlier meetings reviewed at this one</source>
      <translation>Nhiệm vụ của các kỳ họp trước được rà soát tại kỳ này</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="146" />
      <source>Documents:</source>
      <translation>Văn bản:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="161" />
      <source>Held on {date}</source>
      <translation>Họp ngày {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="162" />
      <source>Place: {place}</source>
      <translation>Địa điểm: {place}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="163" />
      <source>Chair: {chair}; secretary: {secretary}</source>
      <translation>Chủ trì: {chair}; thư ký: {secretary}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="167" />
      <source>Grade: {grade}</source>
      <translation>Xếp loại: {grade}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="175" />
      <source>{present} of {expected} households represented ({rate}); absent with reason {with_reason}, without reason {without_reason}; {guests} guests.</source>
      <translation>Có đại diện {present}/{expected} hộ dự họp ({rate}); vắng có lý do {with_reason} hộ, vắng không lý do {without_reason} hộ; {guests} khách mời.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="178" />
      <source>Present {present} of {expected} expected ({rate}); absent with reason {with_reason}, without reason {without_reason}; exempt {exempt}; {guests} guests.</source>
      <translation>Có mặt {present}/{expected} người phải dự ({rate}); vắng có lý do {with_reason}, vắng không lý do {without_reason}; miễn sinh hoạt {exempt}; {guests} khách mời.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="181" />
      <source>Under 85 %: a quality warning for the minutes, not a reason to refuse them.</source>
      <translation>Dưới 85%: cần lưu ý về chất lượng cuộc họp (không phải lý do để bác biên bản).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="184" />
      <source>Absent repeatedly at the recent meetings: {names}.</source>
      <translation>Vắng nhiều lần trong các kỳ họp gần đây: {names}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="188" />
      <source>{name} (household {number}, {address})</source>
      <translation>{name} (hộ số {number}, {address})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="203" />
      <source>Conclusions: {text}</source>
      <translation>Kết luận: {text}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="205" />
      <source>Resolution: {text}</source>
      <translation>Nghị quyết: {text}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="206" />
      <source>No conclusion was recorded.</source>
      <translation>Chưa ghi kết luận.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="24" />
      <source>present</source>
      <translation>có mặt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="24" />
      <source>absent with reason</source>
      <translation>vắng có lý do</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="25" />
      <source>absent without reason</source>
      <translation>vắng không lý do</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="25" />
      <source>exempt</source>
      <translation>miễn sinh hoạt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="25" />
      <source>guest</source>
      <translation>khách mời</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="26" />
      <source>not reviewed yet</source>
      <translation>chưa rà soát</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="26" />
      <source>completed</source>
      <translation>đã hoàn thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="27" />
      <source>carried over to a later meeting</source>
      <translation>chuyển sang kỳ sau</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="27" />
      <source>dropped, not continued</source>
      <translation>không tiếp tục</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="30" />
      <source>{count} households of the hamlet</source>
      <translation>{count} hộ của thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="31" />
      <source>{count} counted full members</source>
      <translation>{count} đảng viên chính thức được tính</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/meetings/sheet.py" line="32" />
      <source>{count} present</source>
      <translation>{count} người có mặt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="115" />
      <source>Record a death</source>
      <translation>Ghi nhận người qua đời</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="116" />
      <source>{name} (household {number}) died. They stay in the register's history but leave the list of current residents.</source>
      <translation>{name} (hộ {number}) đã qua đời. Người này vẫn còn trong lịch sử của danh sách nhưng không còn nằm trong danh sách nhân khẩu hiện tại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="119" />
      <source>Date of &amp;death</source>
      <translation>Ngày &amp;mất</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="120" />
      <source>Record the death</source>
      <translation>Ghi nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="122" />
      <source>Record a move away</source>
      <translation>Ghi nhận chuyển đi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="123" />
      <source>{name} (household {number}) moved away. They stay in the register's history but leave the list of current residents.</source>
      <translation>{name} (hộ {number}) đã chuyển đi. Người này vẫn còn trong lịch sử của danh sách nhưng không còn nằm trong danh sách nhân khẩu hiện tại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="127" />
      <source>Moved &amp;to</source>
      <translation>Chuyển đế&amp;n</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="128" />
      <source>e.g. Phường Bến Nghé, TP Hồ Chí Minh</source>
      <translation>ví dụ: Phường Bến Nghé, TP Hồ Chí Minh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="129" />
      <source>Record the move</source>
      <translation>Ghi nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="177" />
      <source>Move to another household</source>
      <translation>Chuyển sang hộ khác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="178" />
      <source>Move {name} from household {number} to:</source>
      <translation>Chuyển {name} từ hộ {number} sang:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="180" />
      <source>&amp;Find</source>
      <translation>&amp;Tìm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="181" />
      <source>Household number or the head's name</source>
      <translation>Số hộ hoặc tên chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="182" />
      <source>&amp;Relation to the new head</source>
      <translation>&amp;Quan hệ với chủ hộ mới</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="183" />
      <source>Moved on</source>
      <translation>Ngày chuyển</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="190" />
      <source>Move</source>
      <translation>Chuyển</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="194" />
      <source>no head</source>
      <translation>chưa có chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/action_dialogs.py" line="195" />
      <source>Household {number} — {head}</source>
      <translation>Hộ {number} — {head}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="166" />
      <source>Choose a person in the list to see their details and household.</source>
      <translation>Chọn một người trong danh sách để xem thông tin và hộ của người đó.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="168" />
      <source>Date of birth</source>
      <translation>Ngày sinh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="168" />
      <source>Personal ID</source>
      <translation>Số định danh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="169" />
      <source>Relation to head</source>
      <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="169" />
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="170" />
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="175" />
      <source>Head</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="176" />
      <source>Life events</source>
      <translation>Biến động</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="200" />
      <source>{date} ({age} years old)</source>
      <translation>{date} ({age} tuổi)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="213" />
      <source>Household {number}</source>
      <translation>Hộ {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="216" />
      <source>Members ({count})</source>
      <translation>Thành viên ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="233" />
      <source>No events recorded.</source>
      <translation>Chưa ghi nhận biến động nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="237" />
      <source>Lives in household {number}</source>
      <translation>Đang ở hộ {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="245" />
      <source>{type}, {start} – {end}</source>
      <translation>{type}, {start} – {end}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="248" />
      <source>{type}, until {end}</source>
      <translation>{type}, đến {end}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="250" />
      <source>{type}, since {start}</source>
      <translation>{type}, từ {start}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="258" />
      <source>(household {old} → {new})</source>
      <translation>(hộ {old} → {new})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/detail_panel.py" line="260" />
      <source>(to {place})</source>
      <translation>(đến {place})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/forms.py" line="155" />
      <source>This form has text that was typed on {when} but not saved. Restore it?</source>
      <translation>Biểu mẫu này có nội dung nhập lúc {when} nhưng chưa lưu. Khôi phục lại?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/forms.py" line="157" />
      <source>This form has text that was typed earlier but not saved. Restore it?</source>
      <translation>Biểu mẫu này có nội dung đã nhập trước đó nhưng chưa lưu. Khôi phục lại?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/forms.py" line="160" />
      <source>Discard</source>
      <translation>Bỏ đi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/forms.py" line="70" />
      <source>Clear the date</source>
      <translation>Xóa ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/history_dialog.py" line="108" />
      <source>Change history</source>
      <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/history_dialog.py" line="109" />
      <source>Every change to {record}, newest first. This history cannot be edited.</source>
      <translation>Mọi thay đổi của {record}, mới nhất ở trên cùng. Không thể sửa lịch sử này.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/history_dialog.py" line="111" />
      <source>When</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/history_dialog.py" line="111" />
      <source>Who</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/history_dialog.py" line="111" />
      <source>What</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/history_dialog.py" line="111" />
      <source>Changes</source>
      <translation>Chi tiết thay đổi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/history_dialog.py" line="64" />
      <source>{field}: {new}</source>
      <translation>{field}: {new}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/history_dialog.py" line="67" />
      <source>{field}: {old} → {new}</source>
      <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/household_dialog.py" line="112" />
      <source>Edit household {number}</source>
      <translation>Sửa hộ {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/household_dialog.py" line="114" />
      <source>Household &amp;number</source>
      <translation>&amp;Số hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/household_dialog.py" line="115" />
      <source>&amp;Address</source>
      <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/household_dialog.py" line="116" />
      <source>N&amp;ote</source>
      <translation>&amp;Ghi chú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/household_dialog.py" line="117" />
      <source>e.g. Xóm 2, Thôn Đông</source>
      <translation>ví dụ: Xóm 2, Thôn Đông</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/household_dialog.py" line="176" />
      <source>Household head — {message}</source>
      <translation>Chủ hộ — {message}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="135" />
      <source>Import the register from a spreadsheet</source>
      <translation>Nhập sổ nhân khẩu từ bảng tính</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="137" />
      <source>Choose an Excel (.xlsx) or CSV file with one person a row.</source>
      <translation>Chọn tệp Excel (.xlsx) hoặc CSV, mỗi dòng một người.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="138" />
      <source>Choose file…</source>
      <translation>Chọn tệp…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="139" />
      <source>Check what each column of the file holds; change it in the first row if it is wrong. Columns set to "— skip —" are not imported. Below: the first rows of the file.</source>
      <translation>Kiểm tra mỗi cột trong tệp là thông tin gì; nếu sai, chọn lại ở dòng đầu tiên. Cột để "— bỏ qua —" sẽ không được nhập. Bên dưới là vài dòng đầu của tệp.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="142" />
      <source>Check the file</source>
      <translation>Kiểm tra tệp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="143" />
      <source>Import</source>
      <translation>Nhập vào sổ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="154" />
      <source>— skip —</source>
      <translation>— bỏ qua —</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="163" />
      <source>Choose the register file</source>
      <translation>Chọn tệp danh sách nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="164" />
      <source>Spreadsheets ({patterns})</source>
      <translation>Bảng tính ({patterns})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="175" />
      <source>Reading the file…</source>
      <translation>Đang đọc tệp…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="193" />
      <source>(column {n})</source>
      <translation>(cột {n})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="195" />
      <source>Holds</source>
      <translation>Là thông tin</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="253" />
      <source>Checking the file…</source>
      <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="267" />
      <source>Row {row}: {message}</source>
      <translation>Dòng {row}: {message}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="274" />
      <source>The columns changed: check the file again before importing.</source>
      <translation>Các cột đã thay đổi: hãy kiểm tra lại tệp trước khi nhập.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="279" />
      <source>{rows} rows: {new} new people, {changed} changed, {unchanged} unchanged; {households} new households.</source>
      <translation>{rows} dòng: {new} người mới, {changed} người thay đổi, {unchanged} không đổi; {households} hộ mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="285" />
      <source>{count} households get a new address.</source>
      <translation>{count} hộ được cập nhật địa chỉ mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="288" />
      <source>{count} rows have errors (listed below); fix them in the file, then choose it again. Nothing is imported while any row is wrong.</source>
      <translation>{count} dòng có lỗi (xem bên dưới); sửa trong tệp rồi chọn lại tệp. Chưa nhập gì khi còn dòng sai.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="292" />
      <source>Nothing has been written yet: press Import to add them to the register.</source>
      <translation>Chưa ghi gì vào sổ: bấm "Nhập vào sổ" để nhập.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/import_dialog.py" line="316" />
      <source>Importing…</source>
      <translation>Đang nhập…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="100" />
      <source>Changed</source>
      <translation>Sửa đổi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="101" />
      <source>Moved to the trash</source>
      <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="102" />
      <source>Restored from the trash</source>
      <translation>Khôi phục từ thùng rác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="103" />
      <source>Changed by an import</source>
      <translation>Thay đổi khi nhập danh sách</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="106" />
      <source>demo data</source>
      <translation>dữ liệu mẫu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="16" />
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="16" />
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="19" />
      <source>Permanent</source>
      <translation>Thường trú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="20" />
      <source>Temporary</source>
      <translation>Tạm trú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="21" />
      <source>Temporarily absent</source>
      <translation>Tạm vắng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="22" />
      <source>Short stay</source>
      <translation>Lưu trú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="27" />
      <source>Wife/husband</source>
      <translation>Vợ/chồng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="28" />
      <source>Child</source>
      <translation>Con</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="29" />
      <source>Father/mother</source>
      <translation>Bố/mẹ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="30" />
      <source>Grandparent</source>
      <translation>Ông/bà</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="31" />
      <source>Grandchild</source>
      <translation>Cháu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="32" />
      <source>Brother/sister</source>
      <translation>Anh/chị/em</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="33" />
      <source>Son/daughter-in-law</source>
      <translation>Con dâu/con rể</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="34" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="39" />
      <source>Husband</source>
      <translation>Chồng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="40" />
      <source>Wife</source>
      <translation>Vợ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="41" />
      <source>Father</source>
      <translation>Bố</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="42" />
      <source>Mother</source>
      <translation>Mẹ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="43" />
      <source>Grandfather</source>
      <translation>Ông</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="44" />
      <source>Grandmother</source>
      <translation>Bà</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="45" />
      <source>Son-in-law</source>
      <translation>Con rể</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="46" />
      <source>Daughter-in-law</source>
      <translation>Con dâu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="50" />
      <source>0–15 years</source>
      <translation>0–15 tuổi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="51" />
      <source>16–59 years</source>
      <translation>16–59 tuổi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="52" />
      <source>60 and over</source>
      <translation>Từ 60 tuổi trở lên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="56" />
      <source>Lives here</source>
      <translation>Đang cư trú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="57" />
      <source>Moved away</source>
      <translation>Đã chuyển đi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="58" />
      <source>Died</source>
      <translation>Đã mất</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="65" />
      <source>Moved in</source>
      <translation>Chuyển đến</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="66" />
      <source>Moved out</source>
      <translation>Chuyển đi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="68" />
      <source>Changed household</source>
      <translation>Chuyển hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="69" />
      <source>Became household head</source>
      <translation>Trở thành chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="70" />
      <source>Entered in the register</source>
      <translation>Ghi vào danh sách</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="78" />
      <source>Personal ID number</source>
      <translation>Số định danh cá nhân</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="80" />
      <source>Residence type</source>
      <translation>Loại cư trú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="81" />
      <source>Resident from</source>
      <translation>Cư trú từ ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="82" />
      <source>Resident until</source>
      <translation>Cư trú đến ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="86" />
      <source>Status date</source>
      <translation>Ngày thay đổi tình trạng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="88" />
      <source>Household number</source>
      <translation>Số hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="92" />
      <source>Deleted</source>
      <translation>Đã xóa</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="94" />
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/labels.py" line="99" />
      <source>Created</source>
      <translation>Tạo mới</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="265" />
      <source>New household…</source>
      <translation>Hộ mới…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="265" />
      <source>Add person…</source>
      <translation>Thêm người vào hộ…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="266" />
      <source>Edit person…</source>
      <translation>Sửa thông tin…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="267" />
      <source>Move to household…</source>
      <translation>Chuyển hộ…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="267" />
      <source>Make head</source>
      <translation>Làm chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="268" />
      <source>Died…</source>
      <translation>Qua đời…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="268" />
      <source>Moved away…</source>
      <translation>Chuyển đi…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="268" />
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="269" />
      <source>Edit household…</source>
      <translation>Sửa hộ…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="269" />
      <source>Delete household</source>
      <translation>Xóa hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="270" />
      <source>Change history…</source>
      <translation>Lịch sử thay đổi…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="270" />
      <source>Household change history…</source>
      <translation>Lịch sử thay đổi của hộ…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="271" />
      <source>Import from Excel…</source>
      <translation>Nhập từ Excel…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="271" />
      <source>Export to Excel…</source>
      <translation>Xuất ra Excel…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="272" />
      <source>Blank template…</source>
      <translation>Mẫu danh sách trống…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="272" />
      <source>Find</source>
      <translation>Tìm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="275" />
      <source>Create a household with its head (Ctrl+N)</source>
      <translation>Tạo hộ mới cùng chủ hộ (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="276" />
      <source>Add a person to the selected person's household: a birth, a move in, or just entering them in the register</source>
      <translation>Thêm người vào hộ của người đang chọn: mới sinh, chuyển đến, hoặc chỉ ghi vào sổ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="278" />
      <source>Change the selected person's details (F2)</source>
      <translation>Sửa thông tin người đang chọn (F2)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="279" />
      <source>Move the selected person to another household</source>
      <translation>Chuyển người đang chọn sang hộ khác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="280" />
      <source>Make the selected person the head of their household</source>
      <translation>Đặt người đang chọn làm chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="281" />
      <source>Record that the selected person died</source>
      <translation>Ghi nhận người đang chọn đã qua đời</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="282" />
      <source>Record that the selected person moved away</source>
      <translation>Ghi nhận người đang chọn đã chuyển đi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="283" />
      <source>Move a person entered by mistake to the trash (a death or a move away is recorded, not deleted)</source>
      <translation>Chuyển người nhập nhầm vào thùng rác (người mất hoặc chuyển đi thì ghi nhận, không xóa)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="289" />
      <source>Import / export</source>
      <translation>Nhập / xuất Excel</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="290" />
      <source>Import, export, or a blank list to fill in</source>
      <translation>Nhập, xuất, hoặc lấy mẫu danh sách trống để điền</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="291" />
      <source>Find by name or personal ID…</source>
      <translation>Tìm theo tên hoặc số định danh…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="292" />
      <source>All residence types</source>
      <translation>Mọi loại cư trú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="294" />
      <source>Both sexes</source>
      <translation>Nam và nữ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="295" />
      <source>All ages</source>
      <translation>Mọi độ tuổi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="297" />
      <source>Include people who moved away or died</source>
      <translation>Gồm cả người đã chuyển đi hoặc đã mất</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="350" />
      <source>First {count} found</source>
      <translation>{count} kết quả đầu tiên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="352" />
      <source>{count} found</source>
      <translation>Tìm thấy {count}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="354" />
      <source>{count} people</source>
      <translation>{count} người</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="360" />
      <source>Showing the {count} people whose temporary residence ends within {days} days.</source>
      <translation>Đang xem {count} người sắp hết hạn tạm trú trong {days} ngày tới.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="362" />
      <source>Show everyone</source>
      <translation>Xem tất cả</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="364" />
      <source>{count} temporary residents' registration ends within {days} days. Remind them to renew it.</source>
      <translation>{count} người tạm trú sắp hết hạn đăng ký trong {days} ngày tới. Nhắc họ gia hạn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="367" />
      <source>Show them</source>
      <translation>Xem danh sách</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="557" />
      <source>Household {number} was created.</source>
      <translation>Đã tạo hộ số {number}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="573" />
      <source>{name} was added to household {number}.</source>
      <translation>Đã thêm {name} vào hộ số {number}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="588" />
      <source>The changes to {name} were saved.</source>
      <translation>Đã lưu thay đổi của {name}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="600" />
      <source>{name} was moved to another household.</source>
      <translation>Đã chuyển {name} sang hộ khác.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="612" />
      <source>The death of {name} was recorded.</source>
      <translation>Đã ghi nhận {name} qua đời.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="613" />
      <source>The move away of {name} was recorded.</source>
      <translation>Đã ghi nhận {name} chuyển đi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="623" />
      <source>{name} is now the head of household {number}.</source>
      <translation>{name} đã là chủ hộ số {number}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="630" />
      <source>Move {name} (household {number}) to the trash?

Delete only a person entered by mistake. For a death or a move away, use "Died…" or "Moved away…": the register keeps their history. The trash can restore them.</source>
      <translation>Chuyển {name} (hộ số {number}) vào thùng rác?

Chỉ xóa người nhập nhầm. Người mất hoặc chuyển đi thì dùng "Qua đời…" hoặc "Chuyển đi…" để sổ giữ lại lịch sử. Có thể khôi phục từ thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="634" />
      <source>Delete a person</source>
      <translation>Xóa một người</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="642" />
      <source>{name} was moved to the trash.</source>
      <translation>Đã chuyển {name} vào thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="653" />
      <source>Household {number} was saved.</source>
      <translation>Đã lưu hộ số {number}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="660" />
      <source>Delete a household</source>
      <translation>Xóa hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="661" />
      <source>Move household {number} to the trash?</source>
      <translation>Chuyển hộ số {number} vào thùng rác?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="667" />
      <source>Household {number} was moved to the trash.</source>
      <translation>Đã chuyển hộ số {number} vào thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="730" />
      <source>Imported: {new} new people, {changed} changed, {households} new households.</source>
      <translation>Đã nhập: {new} người mới, {changed} người thay đổi, {households} hộ mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="743" />
      <source>register-{date}.xlsx</source>
      <translation>so-nhan-khau-{date}.xlsx</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="744" />
      <source>Export the register</source>
      <translation>Xuất sổ nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="746" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="759" />
      <source>Exported {count} people to {path}.</source>
      <translation>Đã xuất {count} người ra {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="762" />
      <source>Exporting…</source>
      <translation>Đang xuất…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="770" />
      <source>register-template.xlsx</source>
      <translation>mau-danh-sach-nhan-khau.xlsx</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="771" />
      <source>Save a blank register template</source>
      <translation>Lưu mẫu danh sách trống</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/page.py" line="785" />
      <source>Saved a blank register template to {path}.</source>
      <translation>Đã lưu mẫu danh sách trống vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="121" />
      <source>Full &amp;name</source>
      <translation>&amp;Họ và tên</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="121" />
      <source>Date of &amp;birth</source>
      <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="122" />
      <source>Personal &amp;ID number</source>
      <translation>Số định &amp;danh cá nhân</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="122" />
      <source>&amp;Relation to the head</source>
      <translation>&amp;Quan hệ với chủ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="123" />
      <source>Re&amp;sidence</source>
      <translation>&amp;Cư trú</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="123" />
      <source>Resident &amp;from</source>
      <translation>Cư trú &amp;từ ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="124" />
      <source>Resident &amp;until</source>
      <translation>Cư trú đế&amp;n ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="124" />
      <source>&amp;Phone</source>
      <translation>Điện th&amp;oại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="128" />
      <source>Family name first, e.g. Nguyễn Văn An</source>
      <translation>Họ trước, tên sau, ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="129" />
      <source>dd/mm/yyyy or the year</source>
      <translation>ngày/tháng/năm hoặc chỉ năm sinh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="130" />
      <source>Type the full date (05/01/1980), or only the year (1950) if that is all that is known.</source>
      <translation>Nhập đầy đủ ngày sinh (05/01/1980), hoặc chỉ năm sinh (1950) nếu chỉ biết năm.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="134" />
      <source>12 digits from the ID card</source>
      <translation>12 chữ số trên thẻ căn cước</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="135" />
      <source>10 digits, starting with 0</source>
      <translation>10 chữ số, bắt đầu bằng 0</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="136" />
      <source>For temporary residence: the day the registration ends</source>
      <translation>Với tạm trú: ngày hết hạn đăng ký</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="171" />
      <source>To make someone else the head, select them and use "Make head".</source>
      <translation>Muốn đổi chủ hộ, chọn người đó rồi bấm "Làm chủ hộ".</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="283" />
      <source>{field}: {message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="355" />
      <source>Edit a person</source>
      <translation>Sửa thông tin nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="356" />
      <source>{name}, household {number}</source>
      <translation>{name}, hộ {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="358" />
      <source>Add a person to household {number}</source>
      <translation>Thêm người vào hộ {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="359" />
      <source>The person joins household {number}. Fields other than the name and sex may be left empty and filled in later.</source>
      <translation>Người này sẽ được thêm vào hộ {number}. Ngoài họ tên và giới tính, các ô khác có thể để trống và điền sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="40" />
      <source>Entering them in the register</source>
      <translation>Bổ sung vào danh sách</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/resident_dialog.py" line="41" />
      <source>Newborn</source>
      <translation>Mới sinh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/residents_model.py" line="252" />
      <source>Temporary residence ends on {date} (in {days} days): remind them to renew it.</source>
      <translation>Tạm trú hết hạn ngày {date} (còn {days} ngày): hãy nhắc gia hạn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/residents_model.py" line="256" />
      <source>{status} {date}</source>
      <translation>{status} {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/residents_model.py" line="46" />
      <source>Household no.</source>
      <translation>Hộ số</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/residents_model.py" line="47" />
      <source>Relation</source>
      <translation>Quan hệ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/residents_model.py" line="49" />
      <source>Until</source>
      <translation>Cư trú đến</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="119" />
      <source>People, households, meetings and security-order events deleted by mistake stay here. Select one and press Restore to bring it back.</source>
      <translation>Nhân khẩu, hộ, cuộc họp và vụ, việc an ninh, trật tự bị xóa nhầm được giữ ở đây. Chọn một mục rồi bấm Khôi phục để đưa trở lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="122" />
      <source>People, households and meetings deleted by mistake stay here. Select one and press Restore to bring it back.</source>
      <translation>Nhân khẩu, hộ và cuộc họp bị xóa nhầm được giữ ở đây. Chọn một mục rồi bấm Khôi phục để đưa trở lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="125" />
      <source>Deleted on</source>
      <translation>Xóa lúc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="134" />
      <source>People ({count})</source>
      <translation>Người ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="135" />
      <source>Households ({count})</source>
      <translation>Hộ ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="136" />
      <source>Meetings ({count})</source>
      <translation>Cuộc họp ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="137" />
      <source>Security-order events ({count})</source>
      <translation>Vụ, việc an ninh, trật tự ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="192" />
      <source>{name} is back in the register.</source>
      <translation>{name} đã được khôi phục vào sổ.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/register/trash_page.py" line="195" />
      <source>Household {number} is back in the register.</source>
      <translation>Hộ số {number} đã được khôi phục vào sổ.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="263" />
      <source>The hamlet at a glance</source>
      <translation>Tổng quan thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="264" />
      <source>Safe-hamlet assessment</source>
      <translation>Đánh giá khu dân cư an toàn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="265" />
      <source>Open the assessment</source>
      <translation>Mở phần đánh giá</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="266" />
      <source>Overdue and reminders</source>
      <translation>Quá hạn và nhắc việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="267" />
      <source>Open tasks from meetings</source>
      <translation>Việc chưa hoàn thành từ các cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="269" />
      <source>Open the exchange</source>
      <translation>Mở phần gửi dữ liệu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="313" />
      <source>The assessment could not be computed.</source>
      <translation>Không tính được kết quả đánh giá.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="323" />
      <source>{date} · {households} households, {residents} residents</source>
      <translation>{date} · {households} hộ, {residents} nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="330" />
      <source>Security-order events per month, {months}: {count}</source>
      <translation>Vụ việc ANTT theo tháng, {months}: {count}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="337" />
      <source>Meetings held per month, {months}: {count}</source>
      <translation>Cuộc họp theo tháng, {months}: {count}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="342" />
      <source>Mediation in {year}: {count} cases received</source>
      <translation>Hòa giải năm {year}: tiếp nhận {count} vụ việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="344" />
      <source>cases</source>
      <translation>vụ việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="347" />
      <source>Residents by residence type ({count})</source>
      <translation>Nhân khẩu theo loại cư trú ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="351" />
      <source>No bundle exported yet.</source>
      <translation>Chưa xuất gói dữ liệu nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="358" />
      <source>no deadline</source>
      <translation>không có hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="359" />
      <source>{text} — {owner}, by {deadline} (meeting {number})</source>
      <translation>{text} — {owner}, hạn {deadline} (cuộc họp số {number})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="362" />
      <source>Overdue: {task}</source>
      <translation>Quá hạn: {task}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="367" />
      <source>… and {count} more</source>
      <translation>… và {count} việc khác</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="371" />
      <source>Open tasks from meetings ({count})</source>
      <translation>Việc chưa hoàn thành từ các cuộc họp ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="386" />
      <source>Computing…</source>
      <translation>Đang tính…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="388" />
      <source>The assessment period has not begun.</source>
      <translation>Kỳ đánh giá chưa bắt đầu.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="391" />
      <source>pass</source>
      <translation>đạt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="391" />
      <source>fail</source>
      <translation>không đạt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="392" />
      <source>needs your answer</source>
      <translation>cần đồng chí đánh giá</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="393" />
      <source>Year {year}: {status}</source>
      <translation>Năm {year}: {status}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="395" />
      <source>Criteria waiting for your answer: {numbers}</source>
      <translation>Tiêu chí chờ đồng chí đánh giá: {numbers}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="397" />
      <source>Criteria not met: {numbers}</source>
      <translation>Tiêu chí không đạt: {numbers}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="406" />
      <source>Report to the commune for {period}: {state}</source>
      <translation>Báo cáo gửi xã {period}: {state}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="412" />
      <source>Mediation case {number} not started in time</source>
      <translation>Vụ việc hòa giải {number} chưa bắt đầu hòa giải đúng hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="416" />
      <source>{count} meeting tasks past their deadline</source>
      <translation>{count} việc được giao tại cuộc họp đã quá hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="420" />
      <source>Temporary residence of {name} (household {household}) ends on {date}</source>
      <translation>Tạm trú của {name} (hộ số {household}) hết hạn ngày {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="423" />
      <source>… {count} temporary residences end within 30 days in all</source>
      <translation>… tổng cộng {count} đăng ký tạm trú hết hạn trong 30 ngày tới</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="426" />
      <source>Checking the mediation cases…</source>
      <translation>Đang kiểm tra các vụ việc hòa giải…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="428" />
      <source>Nothing overdue.</source>
      <translation>Không có việc quá hạn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="430" />
      <source>Overdue and reminders ({count})</source>
      <translation>Quá hạn và nhắc việc ({count})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="445" />
      <source>quarter {q}/{year}</source>
      <translation>quý {q}/{year}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="448" />
      <source>month {month}/{year}</source>
      <translation>tháng {month}/{year}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="449" />
      <source>year {year}</source>
      <translation>năm {year}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="59" />
      <source>Pending</source>
      <translation>Chờ gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="59" />
      <source>Sending</source>
      <translation>Đang gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="59" />
      <source>Delivered, awaiting the receipt</source>
      <translation>Đã đến nơi, đang chờ giấy biên nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="60" />
      <source>Sent</source>
      <translation>Đã gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="62" />
      <source>Hamlet meeting</source>
      <translation>Họp thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="62" />
      <source>Party cell</source>
      <translation>Chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="62" />
      <source>Security team</source>
      <translation>Tổ bảo vệ ANTT</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="66" />
      <source>Succeeded</source>
      <translation>Hòa giải thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="66" />
      <source>Failed</source>
      <translation>Không thành</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="66" />
      <source>Ended</source>
      <translation>Chấm dứt</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="67" />
      <source>Referred on</source>
      <translation>Đã chuyển</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="68" />
      <source>not made yet</source>
      <translation>chưa lập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="68" />
      <source>signed, not sent yet</source>
      <translation>đã ký, chưa gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="69" />
      <source>sent, not yet acknowledged</source>
      <translation>đã gửi, xã chưa xác nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/dashboard.py" line="69" />
      <source>received by the commune</source>
      <translation>xã đã nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="134" />
      <source>People involved</source>
      <translation>Người liên quan</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="176" />
      <source>From the register</source>
      <translation>Lấy từ sổ hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="259" />
      <source>Correct the event</source>
      <translation>Sửa vụ việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="259" />
      <source>Record an event</source>
      <translation>Ghi nhận vụ việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="262" />
      <source>It has ended at</source>
      <translation>Đã kết thúc lúc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="270" />
      <source>Reported to the commune police at</source>
      <translation>Đã báo Công an xã lúc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="286" />
      <source>Time it happened</source>
      <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="292" />
      <source>Description</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="294" />
      <source>Receiver at the commune police</source>
      <translation>Người nhận tin ở Công an xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="295" />
      <source>Responding force</source>
      <translation>Lực lượng xử lý</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="296" />
      <source>Response</source>
      <translation>Biện pháp xử lý</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="340" />
      <source>Correct the activity</source>
      <translation>Sửa hoạt động</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="340" />
      <source>Record a movement activity</source>
      <translation>Ghi hoạt động phong trào</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="354" />
      <source>Transformed on</source>
      <translation>Đã chuyển hóa ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="373" />
      <source>Model type</source>
      <translation>Loại mô hình</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="374" />
      <source>Model status</source>
      <translation>Tình trạng mô hình</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="375" />
      <source>Hot spot</source>
      <translation>Địa bàn trọng điểm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="391" />
      <source>Topic</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="391" />
      <source>Name of the model or area</source>
      <translation>Tên mô hình, địa bàn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="514" />
      <source>Events</source>
      <translation>Vụ việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="516" />
      <source>Yearly assessment</source>
      <translation>Đánh giá hằng năm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="517" />
      <source>Record an event…</source>
      <translation>Ghi nhận vụ việc…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="518" />
      <source>Correct the event…</source>
      <translation>Sửa vụ việc…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="519" />
      <source>Move to the trash…</source>
      <translation>Chuyển vào thùng rác…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="520" />
      <source>Record an activity…</source>
      <translation>Ghi hoạt động…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="521" />
      <source>Correct the activity…</source>
      <translation>Sửa hoạt động…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="522" />
      <source>Confirm the criterion</source>
      <translation>Xác nhận tiêu chí</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="523" />
      <source>Override with a reason…</source>
      <translation>Điều chỉnh kèm lý do…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="528" />
      <source>Criterion and evidence</source>
      <translation>Tiêu chí và căn cứ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="53" />
      <source>victim</source>
      <translation>bị hại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="53" />
      <source>suspect</source>
      <translation>nghi vấn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="53" />
      <source>witness</source>
      <translation>người làm chứng</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="53" />
      <source>involved</source>
      <translation>người liên quan</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="551" />
      <source>Assessment year {year}</source>
      <translation>Năm đánh giá {year}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="574" />
      <source>{count} events recorded.</source>
      <translation>Đã ghi nhận {count} vụ việc.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="585" />
      <source>{count} activities recorded.</source>
      <translation>Đã ghi {count} hoạt động.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="589" />
      <source>transformed on {date}</source>
      <translation>đã chuyển hóa ngày {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="590" />
      <source>transformed</source>
      <translation>đã chuyển hóa</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="590" />
      <source>not transformed yet</source>
      <translation>chưa chuyển hóa</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="612" />
      <source>Reported to {receiver} on {date}.</source>
      <translation>Đã báo {receiver} ngày {date}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="616" />
      <source>Mediation case {number}</source>
      <translation>Vụ, việc hòa giải số {number}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="658" />
      <source>Move the event of {date} at {time} ({place}) to the trash?

Delete only an event recorded by mistake; one that was dealt with stays in the log with its result. The Trash page can restore it, and the commune stops counting it after the next bundle.</source>
      <translation>Chuyển vụ, việc lúc {time} ngày {date} ({place}) vào thùng rác?

Chỉ xóa vụ, việc ghi nhầm; vụ, việc đã được xử lý thì giữ lại trong sổ cùng kết quả xử lý. Có thể khôi phục ở trang Thùng rác; xã sẽ không tính vụ, việc này nữa sau gói dữ liệu gửi tiếp theo.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="662" />
      <source>Delete an event</source>
      <translation>Xóa vụ, việc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="675" />
      <source>The event was moved to the trash.</source>
      <translation>Đã chuyển vụ, việc vào thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="721" />
      <source>This year's period has not begun.</source>
      <translation>Kỳ đánh giá của năm này chưa bắt đầu.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="727" />
      <source>From {start} to {end} — {basis}</source>
      <translation>Từ {start} đến {end} — {basis}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="734" />
      <source>overridden</source>
      <translation>đã điều chỉnh</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="736" />
      <source>confirmed</source>
      <translation>đã xác nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="741" />
      <source>Confirmed</source>
      <translation>Đã xác nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="770" />
      <source>Override</source>
      <translation>Điều chỉnh kết quả</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="770" />
      <source>The criterion is:</source>
      <translation>Tiêu chí được đánh giá là:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/security/page.py" line="774" />
      <source>Reason (required):</source>
      <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="105" />
      <source>Add the person first (People who use this copy), then come back.</source>
      <translation>Hãy thêm người đó trước (mục Người sử dụng bản này), rồi quay lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="121" />
      <source>{name} — KT. · {title} — from {start} {until}</source>
      <translation>{name} — KT. · {title} — từ {start} {until}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="122" />
      <source>to {date}</source>
      <translation>đến {date}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="126" />
      <source>not in force today</source>
      <translation>hôm nay không có hiệu lực</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="215" />
      <source>Signing on the head's behalf (ký thay)</source>
      <translation>Ký thay trưởng thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="217" />
      <source>When the head is away, a deputy can sign the hamlet's lists and papers with their own name, under "KT.", for the dates the head allows.</source>
      <translation>Khi trưởng thôn vắng mặt, phó trưởng thôn có thể ký thay các danh sách, văn bản của thôn bằng tên của mình, dưới dòng "KT.", trong thời gian trưởng thôn cho phép.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="219" />
      <source>Allow someone…</source>
      <translation>Cho phép ký thay…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="220" />
      <source>End the permission</source>
      <translation>Chấm dứt ký thay</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="89" />
      <source>Let someone sign on the head's behalf</source>
      <translation>Cho phép ký thay trưởng thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="90" />
      <source>&amp;Who signs:</source>
      <translation>&amp;Người ký thay:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="90" />
      <source>Their &amp;title:</source>
      <translation>&amp;Chức danh:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="90" />
      <source>&amp;From:</source>
      <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="91" />
      <source>&amp;Until:</source>
      <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="93" />
      <source>e.g. Phó trưởng thôn</source>
      <translation>ví dụ: Phó trưởng thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="94" />
      <source>an end date</source>
      <translation>có ngày kết thúc</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="95" />
      <source>Documents they sign print "KT. TRƯỞNG THÔN", their title and their own name, and carry their own electronic signature. Party documents and mediation papers are not signed this way.</source>
      <translation>Văn bản do người này ký sẽ in "KT. TRƯỞNG THÔN", chức danh và họ tên của chính họ, kèm chữ ký số của họ. Văn bản của chi bộ và văn bản hòa giải không được ký thay theo cách này.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/delegation_box.py" line="98" />
      <source>Allow</source>
      <translation>Cho phép</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="126" />
      <source>The unit's signing key</source>
      <translation>Khóa ký của đơn vị</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="127" />
      <source>Documents and bundles from this unit are signed with this key. Give the commune its fingerprint (or let them scan the QR code) so they can check that they come from you.</source>
      <translation>Văn bản và gói dữ liệu của đơn vị được ký bằng khóa này. Hãy gửi dấu vân tay của khóa cho xã (hoặc cho xã quét mã QR) để xã kiểm tra được chúng do bạn gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="130" />
      <source>Fingerprint (SHA-256):</source>
      <translation>Dấu vân tay (SHA-256):</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="130" />
      <source>Key holder:</source>
      <translation>Người giữ khóa:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="130" />
      <source>Unit:</source>
      <translation>Đơn vị:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="131" />
      <source>Valid until:</source>
      <translation>Có hiệu lực đến:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="134" />
      <source>The fingerprint as a QR code</source>
      <translation>Dấu vân tay dạng mã QR</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="135" />
      <source>&amp;Export certificate…</source>
      <translation>&amp;Xuất chứng thư…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="136" />
      <source>Save the unit's certificates as a PEM file to give to the commune</source>
      <translation>Lưu chứng thư của đơn vị thành tệp PEM để gửi cho xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="137" />
      <source>Re&amp;place key…</source>
      <translation>&amp;Thay khóa…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="190" />
      <source>{name}, {title}</source>
      <translation>{name}, {title}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="204" />
      <source>Make a new key; documents signed with the old one can still be verified</source>
      <translation>Tạo khóa mới; văn bản đã ký bằng khóa cũ vẫn kiểm tra được</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="205" />
      <source>Only the unit's key holder (the hamlet head) can replace the key</source>
      <translation>Chỉ người giữ khóa của đơn vị (trưởng thôn) mới thay được khóa</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="212" />
      <source>Export the unit's certificate</source>
      <translation>Xuất chứng thư của đơn vị</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="214" />
      <source>Certificates (*.pem)</source>
      <translation>Chứng thư số (*.pem)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="228" />
      <source>The certificate was saved to {path}.</source>
      <translation>Đã lưu chứng thư vào {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="234" />
      <source>Replace the unit's key</source>
      <translation>Thay khóa của đơn vị</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="235" />
      <source>Replace the unit's signing key with a new one?</source>
      <translation>Thay khóa ký của đơn vị bằng khóa mới?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="236" />
      <source>Do this when the computer or a backup may have fallen into other hands. The old certificate is kept, so documents signed before can still be verified. The new key has a new fingerprint: give it to the commune again, or they will not recognise what you send from now on.</source>
      <translation>Hãy làm việc này khi máy tính hoặc bản sao lưu có thể đã lọt vào tay người khác. Chứng thư cũ vẫn được giữ lại nên các văn bản đã ký trước đây vẫn kiểm tra được. Khóa mới có dấu vân tay mới: hãy gửi lại cho xã, nếu không xã sẽ không nhận ra những gì bạn gửi từ nay.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="266" />
      <source>A new key was made. Give its fingerprint to the commune.</source>
      <translation>Đã tạo khóa mới. Hãy gửi dấu vân tay của khóa cho xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/identity_box.py" line="274" />
      <source>Making a new key…</source>
      <translation>Đang tạo khóa mới…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="193" />
      <source>Type your current passphrase first.</source>
      <translation>Hãy nhập mật khẩu hiện tại trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="198" />
      <source>The two new passphrases are not the same. Type them again.</source>
      <translation>Hai mật khẩu mới không giống nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="211" />
      <source>Your passphrase was changed. Use the new one from now on.</source>
      <translation>Đã đổi mật khẩu. Từ nay hãy dùng mật khẩu mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="235" />
      <source>Display</source>
      <translation>Hiển thị</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="236" />
      <source>&amp;Language:</source>
      <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="237" />
      <source>&amp;Text size:</source>
      <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="239" />
      <source>You can also press Ctrl and + or − to change the text size, Ctrl+0 to reset.</source>
      <translation>Bạn cũng có thể bấm Ctrl và + hoặc − để đổi cỡ chữ, Ctrl+0 để trở về cỡ chữ ban đầu.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="240" />
      <source>This unit</source>
      <translation>Đơn vị này</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="241" />
      <source>Unit code:</source>
      <translation>Mã đơn vị:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="242" />
      <source>Commune or ward:</source>
      <translation>Xã/phường:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="242" />
      <source>Province or city:</source>
      <translation>Tỉnh/thành phố:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="245" />
      <source>These details were fixed at set-up. The unit code names the sender of every bundle and never changes.</source>
      <translation>Các thông tin này đã được cố định khi thiết lập. Mã đơn vị cho biết nơi gửi của mọi gói dữ liệu và không bao giờ thay đổi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="247" />
      <source>Your profile</source>
      <translation>Tài khoản của bạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="248" />
      <source>Profile name:</source>
      <translation>Tên tài khoản:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="251" />
      <source>Change your passphrase</source>
      <translation>Đổi mật khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="252" />
      <source>C&amp;urrent passphrase:</source>
      <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="253" />
      <source>&amp;New passphrase:</source>
      <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="254" />
      <source>&amp;Repeat the new one:</source>
      <translation>Nhập &amp;lại mật khẩu mới:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="255" />
      <source>&amp;Change passphrase</source>
      <translation>Đổ&amp;i mật khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="42" />
      <source>Hamlet or residential group</source>
      <translation>Thôn hoặc tổ dân phố</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/page.py" line="42" />
      <source>Commune or ward</source>
      <translation>Xã hoặc phường</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="130" />
      <source>{name} — {role} (signs in as {profile})</source>
      <translation>{name} — {role} (đăng nhập bằng {profile})</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="144" />
      <source>{name} can now sign in as {profile}.</source>
      <translation>{name} đã có thể đăng nhập bằng tài khoản {profile}.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="148" />
      <source>People who use this copy</source>
      <translation>Những người dùng Sổ Thôn trên máy này</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="149" />
      <source>Add a person…</source>
      <translation>Thêm người dùng…</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="29" />
      <source>Hamlet head</source>
      <translation>Trưởng thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="31" />
      <source>Party cell secretary</source>
      <translation>Bí thư chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="32" />
      <source>Commune officer</source>
      <translation>Cán bộ xã/phường</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="68" />
      <source>Add a person who uses Sổ Thôn</source>
      <translation>Thêm người dùng Sổ Thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="69" />
      <source>&amp;Full name:</source>
      <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="69" />
      <source>&amp;Role:</source>
      <translation>&amp;Vai trò:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="69" />
      <source>&amp;Phone:</source>
      <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="69" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="70" />
      <source>&amp;Repeat passphrase:</source>
      <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="78" />
      <source>Each person signs in with their own passphrase; the change history names who made each change. Give the passphrase to the person privately.</source>
      <translation>Mỗi người đăng nhập bằng mật khẩu riêng; lịch sử thay đổi ghi rõ ai đã sửa gì. Hãy trao mật khẩu riêng cho người đó.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="80" />
      <source>Add</source>
      <translation>Thêm</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/profiles_box.py" line="87" />
      <source>The two passphrases are not the same. Type them again.</source>
      <translation>Hai mật khẩu không giống nhau. Vui lòng nhập lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="132" />
      <source>(kept — type to change)</source>
      <translation>(đã lưu — gõ để thay đổi)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="178" />
      <source>The sending settings were saved.</source>
      <translation>Đã lưu thiết lập gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="181" />
      <source>Sending to the commune</source>
      <translation>Gửi lên xã</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="181" />
      <source>Receiving bundles by e-mail</source>
      <translation>Nhận gói qua thư điện tử</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="183" />
      <source>Bundles leave by themselves when the network is there: to the commune's inbox service, or by e-mail through your own mail account. The receipt comes back the same way.</source>
      <translation>Khi có mạng, các gói tự động được gửi đi: đến dịch vụ nhận hồ sơ của xã, hoặc qua thư điện tử bằng tài khoản thư của bạn. Giấy biên nhận được gửi về theo cùng đường đó.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="185" />
      <source>Hamlets that send by e-mail: Sổ Thôn reads this mailbox (sothon fetch-mail), imports each bundle and answers with its receipt by e-mail.</source>
      <translation>Với các thôn gửi bằng thư điện tử: Sổ Thôn đọc hộp thư này (sothon fetch-mail), nhập từng gói và gửi trả giấy biên nhận qua thư điện tử.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="187" />
      <source>The commune's inbox service (Internet)</source>
      <translation>Dịch vụ nhận hồ sơ của xã (Internet)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="188" />
      <source>E-mail</source>
      <translation>Thư điện tử</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="193" />
      <source>Inbox service</source>
      <translation>Dịch vụ nhận hồ sơ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="195" />
      <source>Sending mail (SMTP)</source>
      <translation>Gửi thư (SMTP)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="196" />
      <source>Receiving mail (IMAP)</source>
      <translation>Nhận thư (IMAP)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="197" />
      <source>Send &amp;by:</source>
      <translation>Gửi &amp;bằng:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="197" />
      <source>Inbox &amp;address:</source>
      <translation>Đị&amp;a chỉ dịch vụ nhận:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="198" />
      <source>Server certificate fingerprint:</source>
      <translation>Dấu vân tay chứng thư máy chủ:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="199" />
      <source>Your e-mail &amp;address:</source>
      <translation>Địa chỉ &amp;thư của bạn:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="200" />
      <source>The commune's e-mail address:</source>
      <translation>Địa chỉ thư của xã:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="201" />
      <source>Send again after (days):</source>
      <translation>Gửi lại sau (số ngày):</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="202" />
      <source>SMTP server:</source>
      <translation>Máy chủ SMTP:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="202" />
      <source>Port:</source>
      <translation>Cổng:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="202" />
      <source>Encryption:</source>
      <translation>Mã hóa:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="203" />
      <source>User name:</source>
      <translation>Tên đăng nhập:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="203" />
      <source>Password:</source>
      <translation>Mật khẩu:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="204" />
      <source>IMAP server:</source>
      <translation>Máy chủ IMAP:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="205" />
      <source>Folder:</source>
      <translation>Thư mục:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="206" />
      <source>Mail server certificate:</source>
      <translation>Chứng thư máy chủ thư:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="213" />
      <source>Only for a mail server of your own (a .pem or .crt file)</source>
      <translation>Chỉ dùng cho máy chủ thư riêng (tệp .pem hoặc .crt)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="214" />
      <source>Leave empty for Gmail, Outlook and other providers. For a mail server whose certificate the computer does not know (the commune's or the province's own), the certificate file (.pem or .crt) its administrator gives: it is trusted besides the usual authorities, and the server's name is still checked.</source>
      <translation>Để trống nếu dùng Gmail, Outlook hay nhà cung cấp dịch vụ thư khác. Với máy chủ thư mà máy này chưa biết chứng thư (máy chủ riêng của xã hoặc của tỉnh), hãy ghi đường dẫn tệp chứng thư (.pem hoặc .crt) do người quản trị cung cấp: chứng thư đó được tin cậy thêm bên cạnh các tổ chức cấp chứng thư thông thường, và tên máy chủ vẫn được kiểm tra.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="219" />
      <source>A bundle mailed to the commune whose receipt has not come back after so many days is mailed again (the commune imports it only once). 0: never. Empty: 3 days.</source>
      <translation>Gói đã gửi qua thư cho xã mà sau ngần ấy ngày chưa có biên nhận sẽ được gửi lại (xã chỉ nhập một lần). 0: không bao giờ gửi lại. Để trống: 3 ngày.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="227" />
      <source>Passwords are kept encrypted with your passphrase and are never shown again. Leave a password empty to keep the one saved. The receiving mailbox is optional at a hamlet: without it, import each receipt by hand.</source>
      <translation>Mật khẩu được mã hóa bằng mật khẩu đăng nhập Sổ Thôn của bạn và không bao giờ hiện lại. Để trống ô mật khẩu thì giữ mật khẩu đã lưu. Ở thôn, hộp thư nhận là không bắt buộc: nếu không có, hãy nhập từng giấy biên nhận bằng tay.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="231" />
      <source>Gmail and Outlook: create an app password in the account's security settings and type it here (signing in with a Google or Microsoft window is not supported).</source>
      <translation>Với Gmail và Outlook: hãy tạo mật khẩu ứng dụng trong phần bảo mật của tài khoản rồi nhập vào đây (chưa hỗ trợ đăng nhập qua cửa sổ của Google hay Microsoft).</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="234" />
      <source>&amp;Save sending settings</source>
      <translation>&amp;Lưu thiết lập gửi</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="28" />
      <source>STARTTLS</source>
      <translation>STARTTLS</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="28" />
      <source>SSL/TLS</source>
      <translation>SSL/TLS</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/settings/transport_box.py" line="28" />
      <source>None (this computer only)</source>
      <translation>Không (chỉ máy chủ trên máy này)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="108" />
      <source>Type to search, e.g. {example}</source>
      <translation>Gõ để tìm, ví dụ: {example}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="135" />
      <source>Chosen: {name}</source>
      <translation>Đã chọn: {name}</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="190" />
      <source>Welcome to Sổ Thôn</source>
      <translation>Chào mừng bạn đến với Sổ Thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="191" />
      <source>A few questions to set up this computer. It takes two or three minutes.</source>
      <translation>Vài câu hỏi để thiết lập máy tính này, chỉ mất hai, ba phút.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="193" />
      <source>Who will use this copy of Sổ Thôn?</source>
      <translation>Ai sẽ dùng bản Sổ Thôn này?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="194" />
      <source>A &amp;hamlet or residential group (thôn, tổ dân phố)</source>
      <translation>&amp;Thôn hoặc tổ dân phố</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="195" />
      <source>For the hamlet head: the household register, mediation, meetings, and the reports sent to the commune.</source>
      <translation>Dành cho trưởng thôn: danh sách hộ gia đình, hòa giải, họp thôn và báo cáo gửi xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="197" />
      <source>A &amp;commune or ward (xã, phường)</source>
      <translation>&amp;Xã hoặc phường</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="198" />
      <source>For commune officers: receive and combine what the hamlets send.</source>
      <translation>Dành cho cán bộ xã/phường: nhận và tổng hợp dữ liệu các thôn gửi lên.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="237" />
      <source>Where is your unit?</source>
      <translation>Đơn vị của bạn ở đâu?</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="239" />
      <source>Type a few letters to find your province and your commune; accents are not needed.</source>
      <translation>Gõ vài chữ để tìm tỉnh/thành phố và xã/phường của bạn; không cần gõ dấu.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="240" />
      <source>&amp;Province or city:</source>
      <translation>&amp;Tỉnh/thành phố:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="241" />
      <source>C&amp;ommune or ward:</source>
      <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="304" />
      <source>Your hamlet</source>
      <translation>Thôn của bạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="305" />
      <source>The name as the commune writes it, and the code that identifies this hamlet.</source>
      <translation>Tên thôn theo cách xã vẫn ghi, và mã để nhận biết thôn này.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="306" />
      <source>Hamlet or residential group &amp;name:</source>
      <translation>&amp;Tên thôn hoặc tổ dân phố:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="307" />
      <source>for example: Thôn Đông</source>
      <translation>ví dụ: Thôn Đông</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="308" />
      <source>&amp;Unit code:</source>
      <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="309" />
      <source>The unit code is fixed for life: it names the sender of every bundle this copy sends to the commune. Keep the suggestion unless the commune gave you a code.</source>
      <translation>Mã đơn vị được giữ cố định mãi mãi: mã này cho biết nơi gửi của mọi gói dữ liệu mà bản này gửi lên xã. Hãy giữ mã gợi ý, trừ khi xã đã cấp cho bạn một mã.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="358" />
      <source>About you</source>
      <translation>Thông tin của bạn</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="359" />
      <source>You will be the first profile of this copy; your name is recorded with every change you make.</source>
      <translation>Bạn sẽ là tài khoản đầu tiên của bản này; tên của bạn được ghi lại kèm theo mọi thay đổi bạn thực hiện.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="361" />
      <source>Your &amp;full name:</source>
      <translation>&amp;Họ và tên của bạn:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="362" />
      <source>family name first, as on your ID card</source>
      <translation>họ trước, tên sau, như trên thẻ căn cước</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="363" />
      <source>Your &amp;phone number:</source>
      <translation>&amp;Số điện thoại của bạn:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="364" />
      <source>optional, e.g. 0912345678</source>
      <translation>không bắt buộc, ví dụ: 0912345678</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="365" />
      <source>The phone number is printed on documents so that people can reach you.</source>
      <translation>Số điện thoại được in trên giấy tờ để mọi người liên hệ với bạn.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="420" />
      <source>Choose a passphrase</source>
      <translation>Đặt mật khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="422" />
      <source>You type it every time you open Sổ Thôn. It protects the residents' personal data.</source>
      <translation>Bạn sẽ nhập mật khẩu này mỗi lần mở Sổ Thôn. Mật khẩu giúp bảo vệ thông tin cá nhân của người dân.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="424" />
      <source>&amp;Repeat it:</source>
      <translation>Nhập &amp;lại:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="425" />
      <source>&amp;Show what I type</source>
      <translation>&amp;Hiện chữ đang gõ</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="426" />
      <source>At least {minimum} characters; a short sentence is easy to remember and hard to guess. Write it down and keep it in a safe place: without it nobody can open the data.</source>
      <translation>Ít nhất {minimum} ký tự; một câu ngắn vừa dễ nhớ vừa khó đoán. Hãy ghi lại và cất ở nơi an toàn: nếu mất mật khẩu thì không ai mở được dữ liệu.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="452" />
      <source>A hamlet or residential group</source>
      <translation>Thôn hoặc tổ dân phố</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="452" />
      <source>A commune or ward</source>
      <translation>Xã hoặc phường</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="462" />
      <source>Your name:</source>
      <translation>Tên của bạn:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="463" />
      <source>(none)</source>
      <translation>(không có)</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="464" />
      <source>Data folder:</source>
      <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="500" />
      <source>Check and set up</source>
      <translation>Kiểm tra và thiết lập</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="501" />
      <source>Nothing is saved until you press "Set up". Use "Back" to correct anything.</source>
      <translation>Chưa có gì được lưu cho đến khi bạn bấm "Thiết lập". Bấm "Quay lại" nếu cần sửa.</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="541" />
      <source>Sổ Thôn — first set-up</source>
      <translation>Sổ Thôn — thiết lập lần đầu</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="543" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="544" />
      <source>&amp;Next &gt;</source>
      <translation>Tiế&amp;p &gt;</translation>
    </message>
    <message>
      <location filename="desktop_app/gui/wizard.py" line="545" />
      <source>&amp;Set up</source>
      <translation>&amp;Thiết lập</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="100" />
      <source>The backup {path} could not be restored ({detail}). Close other programs that use the data folder and try again; the current data is unchanged.</source>
      <translation>Không khôi phục được bản sao lưu {path} ({detail}). Hãy đóng các chương trình khác đang dùng thư mục dữ liệu rồi thử lại; dữ liệu hiện tại vẫn giữ nguyên.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="104" />
      <source>The backup {path} holds the data of {backup_unit}, not of this copy's {this_unit}. Restoring it would replace this unit's data, key and profiles. Nothing was changed. If that is really what you want, confirm it (on the command line: --replace-unit).</source>
      <translation>Bản sao lưu {path} chứa dữ liệu của {backup_unit}, không phải của {this_unit} (đơn vị của bản Sổ Thôn này). Khôi phục sẽ thay thế dữ liệu, khóa ký và các hồ sơ người dùng của đơn vị này. Chưa có gì bị thay đổi. Nếu đúng là bạn muốn vậy, hãy xác nhận (trên dòng lệnh: --replace-unit).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="109" />
      <source>The file {path} is not a Sổ Thôn database; it was not restored.</source>
      <translation>Tệp {path} không phải cơ sở dữ liệu của Sổ Thôn; chưa khôi phục.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="110" />
      <source>This data directory already holds {count} records. Use --force to add demo data anyway.</source>
      <translation>Thư mục dữ liệu này đã có {count} bản ghi. Dùng --force nếu vẫn muốn thêm dữ liệu mẫu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="113" />
      <source>Commune-scale demo data needs a commune data directory.</source>
      <translation>Dữ liệu mẫu cấp xã cần thư mục dữ liệu của xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="115" />
      <source>There is no key for {profile} yet. Sign in as {profile} and sign a document or run 'sothon identity show' to make it.</source>
      <translation>Tài khoản {profile} chưa có khóa ký. Hãy đăng nhập bằng {profile} rồi ký một văn bản hoặc chạy 'sothon identity show' để tạo khóa.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="119" />
      <source>This file is not a PDF Sổ Thôn can read ({detail}).</source>
      <translation>Tệp này không phải tệp PDF mà Sổ Thôn đọc được ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="120" />
      <source>The PDF cannot be signed: {detail}.</source>
      <translation>Không ký được tệp PDF: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="121" />
      <source>The certificate file cannot be read: {detail}. Use the PEM file written by 'sothon identity export-cert'.</source>
      <translation>Không đọc được tệp chứng thư: {detail}. Hãy dùng tệp PEM do lệnh 'sothon identity export-cert' tạo ra.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="124" />
      <source>There is no document kind "{kind}". Known kinds: {known}.</source>
      <translation>Không có loại văn bản "{kind}". Các loại có: {known}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="125" />
      <source>The document kind {kind} is made for one {record}: give its id (--id).</source>
      <translation>Loại văn bản {kind} được lập cho một {record}: hãy cho biết mã của nó (--id).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="126" />
      <source>"{value}" is not a valid year for {kind}; use a four-digit year such as 2026.</source>
      <translation>"{value}" không phải là năm hợp lệ cho {kind}; hãy dùng năm có bốn chữ số, ví dụ 2026.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="129" />
      <source>The PDF has no signature.</source>
      <translation>Tệp PDF không có chữ ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="130" />
      <source>The signature does not match the document: it was altered after signing, or the signature is damaged.</source>
      <translation>Chữ ký không khớp với văn bản: văn bản đã bị sửa sau khi ký, hoặc chữ ký bị hỏng.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="133" />
      <source>The document was changed after it was signed.</source>
      <translation>Văn bản đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="134" />
      <source>The signature is intact, but the signer is not among the trusted certificates.</source>
      <translation>Chữ ký còn nguyên vẹn, nhưng người ký không nằm trong danh sách chứng thư được tin cậy.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="136" />
      <source>This file is not a Sổ Thôn bundle (not a zip file): {detail}.</source>
      <translation>Tệp này không phải là gói dữ liệu Sổ Thôn (không phải tệp zip): {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="139" />
      <source>The bundle is incomplete (cut short or missing bytes): {detail}. Copy it again from the sender.</source>
      <translation>Gói dữ liệu bị thiếu (bị cắt ngắn hoặc mất dữ liệu): {detail}. Hãy chép lại từ nơi gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="142" />
      <source>The bundle is damaged: {detail}. Ask the sender for a new copy.</source>
      <translation>Gói dữ liệu bị hỏng: {detail}. Hãy đề nghị nơi gửi gửi lại bản khác.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="145" />
      <source>The bundle uses a zip feature the format does not allow: {detail}.</source>
      <translation>Gói dữ liệu dùng một tính năng zip mà định dạng không cho phép: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="148" />
      <source>The bundle holds too many files ({detail}; at most {limit}).</source>
      <translation>Gói dữ liệu chứa quá nhiều tệp ({detail}; tối đa {limit}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="151" />
      <source>The bundle or a file in it is too large: {detail}.</source>
      <translation>Gói dữ liệu hoặc một tệp trong gói quá lớn: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="154" />
      <source>A file in the bundle expands suspiciously when unpacked ({detail}); it was not opened.</source>
      <translation>Một tệp trong gói phình to bất thường khi giải nén ({detail}); tệp không được mở.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="157" />
      <source>The bundle contains an unsafe file name or link ({detail}); it was refused.</source>
      <translation>Gói dữ liệu chứa tên tệp hoặc liên kết không an toàn ({detail}); gói bị từ chối.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="160" />
      <source>The bundle contains the file {detail} twice.</source>
      <translation>Gói dữ liệu chứa tệp {detail} hai lần.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="163" />
      <source>The bundle contains a file that should not be there: {detail}.</source>
      <translation>Gói dữ liệu chứa một tệp không được phép có: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="166" />
      <source>A file is missing from the bundle: {detail}.</source>
      <translation>Gói dữ liệu bị thiếu tệp: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="169" />
      <source>A file in the bundle was changed after it was signed ({detail}).</source>
      <translation>Một tệp trong gói đã bị thay đổi sau khi ký ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="172" />
      <source>The bundle's certificate cannot be used to check its signature: {detail}.</source>
      <translation>Chứng thư trong gói không dùng được để kiểm tra chữ ký: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="175" />
      <source>The bundle's signature is not valid: its manifest was changed or signed by another key.</source>
      <translation>Chữ ký của gói dữ liệu không hợp lệ: bản kê khai đã bị sửa hoặc được ký bằng khóa khác.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="178" />
      <source>The certificate in the bundle is not the one its manifest names ({detail}).</source>
      <translation>Chứng thư trong gói không phải chứng thư mà bản kê khai ghi ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="18" />
      <source>The full name is empty. Type the person's full name, family name first.</source>
      <translation>Chưa nhập họ và tên. Hãy nhập đầy đủ họ và tên, họ trước tên sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="181" />
      <source>The bundle says it comes from {sender}, but it was signed with the certificate of {unit}.</source>
      <translation>Gói dữ liệu ghi nơi gửi là {sender}, nhưng được ký bằng chứng thư của {unit}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="184" />
      <source>The bundle was signed by a certificate you do not trust (fingerprint {fingerprint}).</source>
      <translation>Gói dữ liệu được ký bằng chứng thư không được tin cậy (dấu vân tay {fingerprint}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="187" />
      <source>The bundle's content does not follow the format: {detail}.</source>
      <translation>Nội dung gói dữ liệu không đúng định dạng: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="19" />
      <source>The full name is {length} characters long; at most 120 are allowed.</source>
      <translation>Họ và tên dài {length} ký tự; chỉ được tối đa 120 ký tự.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="190" />
      <source>The bundle uses format version {version}; this program reads up to version {supported}. Update Sổ Thôn.</source>
      <translation>Gói dữ liệu dùng định dạng phiên bản {version}; chương trình này chỉ đọc đến phiên bản {supported}. Hãy cập nhật Sổ Thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="193" />
      <source>The record counts in the bundle's manifest do not match its data ({detail}).</source>
      <translation>Số bản ghi trong bản kê khai không khớp với dữ liệu của gói ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="196" />
      <source>Party records cannot go in a government bundle ({detail}).</source>
      <translation>Không được đưa hồ sơ của Đảng vào gói dữ liệu gửi chính quyền ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="199" />
      <source>The bundle is encrypted for another recipient (certificate {fingerprint}).</source>
      <translation>Gói dữ liệu được mã hóa cho nơi nhận khác (chứng thư {fingerprint}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="20" />
      <source>The name "{value}" contains digits. Type the name as it is on the ID card.</source>
      <translation>Tên "{value}" có chứa chữ số. Hãy nhập tên đúng như trên thẻ căn cước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="202" />
      <source>The bundle could not be decrypted: {detail}.</source>
      <translation>Không giải mã được gói dữ liệu: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="205" />
      <source>The bundle cannot be written because the data is not valid: {detail}.</source>
      <translation>Không thể tạo gói dữ liệu vì dữ liệu không hợp lệ: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="208" />
      <source>The recipient's encryption certificate ({fingerprint}) is not valid or was not issued by the recipient's signing certificate.</source>
      <translation>Chứng thư mã hóa của nơi nhận ({fingerprint}) không hợp lệ hoặc không do chứng thư ký của nơi nhận cấp.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="21" />
      <source>The sex of {name} is missing. Choose Male or Female.</source>
      <translation>Chưa chọn giới tính của {name}. Hãy chọn Nam hoặc Nữ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="211" />
      <source>A bundle named {path} already exists; it was not overwritten.</source>
      <translation>Đã có gói dữ liệu tên {path}; không ghi đè.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="214" />
      <source>The bundle describes a document it does not contain ({detail}).</source>
      <translation>Gói dữ liệu mô tả một văn bản mà gói không chứa ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="217" />
      <source>A document in the bundle is not the one its record describes ({detail}).</source>
      <translation>Một văn bản trong gói không đúng với văn bản được mô tả ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="22" />
      <source>"{value}" is not a valid date of birth. Use dd/mm/yyyy (for example 05/01/1980) or a year alone.</source>
      <translation>"{value}" không phải là ngày sinh hợp lệ. Hãy ghi theo dạng dd/mm/yyyy (ví dụ 05/01/1980) hoặc chỉ ghi năm sinh.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="220" />
      <source>The bundle contains a document no record describes ({detail}).</source>
      <translation>Gói dữ liệu chứa một văn bản không được mô tả ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="223" />
      <source>"{kind}" is not a kind of bundle. Use government or party.</source>
      <translation>"{kind}" không phải là loại gói. Dùng government (chính quyền) hoặc party (Đảng).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="227" />
      <source>The file {path} is not a valid commune certificate file: it must hold the commune's signing certificate followed by the encryption certificate issued by it. Ask the commune for the file written by 'sothon identity export-cert'.</source>
      <translation>Tệp {path} không phải là tệp chứng thư hợp lệ của xã: tệp phải chứa chứng thư ký của xã, tiếp theo là chứng thư mã hoá do chứng thư ký đó cấp. Hãy xin xã tệp do lệnh 'sothon identity export-cert' ghi ra.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="232" />
      <source>This certificate ({fingerprint}) belongs to this unit itself, not to the commune. Use the certificate file the commune gave you.</source>
      <translation>Chứng thư này ({fingerprint}) là của chính đơn vị này, không phải của xã. Hãy dùng tệp chứng thư do xã cung cấp.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="236" />
      <source>This certificate belongs to unit {code}, not to this hamlet's commune ({commune}). Use the certificate file of your own commune.</source>
      <translation>Chứng thư này thuộc đơn vị {code}, không phải xã của thôn này ({commune}). Hãy dùng tệp chứng thư của xã mình.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="240" />
      <source>No commune is registered to send bundles to. Ask the commune for its certificate file and run 'sothon recipient set CERT' first.</source>
      <translation>Chưa đăng ký xã để gửi gói đến. Hãy xin xã tệp chứng thư rồi chạy lệnh 'sothon recipient set CERT' trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="244" />
      <source>"{kind}" is not a kind of recipient. Use one of: {known}.</source>
      <translation>"{kind}" không phải là loại nơi nhận. Dùng một trong: {known}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="247" />
      <source>No party committee is registered to send party bundles to. Ask the commune's party committee for its certificate file and run 'sothon recipient set CERT --party' first.</source>
      <translation>Chưa đăng ký Đảng ủy để gửi gói của Đảng. Hãy xin Đảng ủy xã tệp chứng thư và chạy 'sothon recipient set CERT --party' trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="25" />
      <source>The date of birth {value} is in the future. Check the year.</source>
      <translation>Ngày sinh {value} ở trong tương lai. Hãy kiểm tra lại năm.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="251" />
      <source>Only the party cell secretary can sign and export party bundles; {profile} cannot. Sign in as the party cell secretary.</source>
      <translation>Chỉ bí thư chi bộ mới được ký và xuất gói của Đảng; {profile} không được. Hãy đăng nhập bằng tài khoản bí thư chi bộ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="255" />
      <source>The file is not a valid Sổ Thôn receipt ({detail}). Ask the recipient to write it again.</source>
      <translation>Tệp không phải là giấy biên nhận Sổ Thôn hợp lệ ({detail}). Hãy đề nghị nơi nhận ghi lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="258" />
      <source>The receipt's signature does not match its content: it was altered or damaged. Ask for it again.</source>
      <translation>Chữ ký của giấy biên nhận không khớp với nội dung: tệp đã bị sửa hoặc hỏng. Hãy xin lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="26" />
      <source>The personal ID number "{value}" may only contain digits. Copy the 12 digits from the ID card.</source>
      <translation>Số định danh cá nhân "{value}" chỉ được gồm chữ số. Hãy chép đúng 12 chữ số trên thẻ căn cước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="261" />
      <source>The receipt is not signed by a registered recipient (certificate {fingerprint}). Only receipts from the commune or party committee registered on this copy are accepted.</source>
      <translation>Giấy biên nhận không do nơi nhận đã đăng ký ký (chứng thư {fingerprint}). Chỉ nhận giấy biên nhận của xã hoặc Đảng ủy đã đăng ký trên máy này.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="265" />
      <source>This receipt answers a bundle from {sender}, not from this unit ({unit}).</source>
      <translation>Giấy biên nhận này trả lời gói của {sender}, không phải của đơn vị này ({unit}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="268" />
      <source>This receipt answers bundle {sequence}, which is not in the outbox of this copy.</source>
      <translation>Giấy biên nhận này trả lời gói số {sequence}, gói này không có trong hộp thư đi của máy này.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="271" />
      <source>This receipt does not match bundle {sequence} as it was sent ({detail}).</source>
      <translation>Giấy biên nhận này không khớp với gói số {sequence} đã gửi ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="274" />
      <source>Say why the bundle is rejected, so that the hamlet can put it right.</source>
      <translation>Hãy ghi lý do trả lại gói để thôn sửa lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="277" />
      <source>The reason is {length} characters long; a receipt holds at most {limit}. Shorten it.</source>
      <translation>Lý do dài {length} ký tự; giấy biên nhận chỉ ghi được tối đa {limit} ký tự. Hãy viết ngắn lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="280" />
      <source>This bundle is addressed to {recipient}, not to this unit ({unit}).</source>
      <translation>Gói này gửi cho {recipient}, không phải cho đơn vị này ({unit}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="283" />
      <source>The {kind} is not signed; only signed documents are kept in the register of issued documents.</source>
      <translation>{kind} chưa được ký; sổ văn bản đã ban hành chỉ lưu văn bản đã ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="286" />
      <source>Only {holder}, who holds this unit's key, can sign and export bundles; {profile} cannot. Sign in as {holder} to export.</source>
      <translation>Chỉ {holder}, người giữ khoá của đơn vị, mới được ký và xuất gói; {profile} không được. Hãy đăng nhập bằng {holder} để xuất.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="29" />
      <source>The personal ID number "{value}" has {length} digits; it must have exactly 12.</source>
      <translation>Số định danh cá nhân "{value}" có {length} chữ số; phải có đúng 12 chữ số.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="290" />
      <source>Bundle {sequence} is {state}; it cannot become {new}.</source>
      <translation>Gói số {sequence} đang ở trạng thái {state}; không thể chuyển sang {new}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="294" />
      <source>The file {path} does not exist.</source>
      <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="295" />
      <source>{path} already exists with other content; nothing was written. Choose an empty folder.</source>
      <translation>{path} đã có với nội dung khác; chưa ghi gì. Hãy chọn một thư mục trống.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="298" />
      <source>The file {path} cannot be read: {detail}.</source>
      <translation>Không đọc được tệp {path}: {detail}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="299" />
      <source>Cannot write {path}: {detail}. Choose another folder, or close the file if another program has it open.</source>
      <translation>Không ghi được {path}: {detail}. Hãy chọn thư mục khác, hoặc đóng tệp nếu đang mở trong chương trình khác.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="302" />
      <source>{path} is not a spreadsheet Sổ Thôn can read. Use .xlsx or .csv.</source>
      <translation>{path} không phải là bảng tính mà Sổ Thôn đọc được. Hãy dùng tệp .xlsx hoặc .csv.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="303" />
      <source>The spreadsheet has more than {limit} data rows; Sổ Thôn reads at most {limit}. Split the file and import each part.</source>
      <translation>Bảng tính có hơn {limit} dòng dữ liệu; Sổ Thôn chỉ đọc tối đa {limit} dòng. Hãy chia nhỏ tệp và nhập từng phần.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="307" />
      <source>The file {path} is {size_mb} MB; Sổ Thôn reads spreadsheets of at most {limit} MB. Split the file and import each part.</source>
      <translation>Tệp {path} nặng {size_mb} MB; Sổ Thôn chỉ đọc bảng tính tối đa {limit} MB. Hãy chia tệp thành nhiều phần và nhập từng phần.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="311" />
      <source>The spreadsheet {path} would take {size_mb} MB once opened (part {part}); at most {limit} MB is allowed. The file is damaged or is not a household list: open it in Excel, copy the list into a new workbook and save that.</source>
      <translation>Bảng tính {path} khi mở ra sẽ chiếm {size_mb} MB (phần {part}); chỉ cho phép tối đa {limit} MB. Tệp bị hỏng hoặc không phải danh sách hộ: hãy mở bằng Excel, chép danh sách sang một sổ tính mới rồi lưu sổ tính đó.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="316" />
      <source>The spreadsheet {path} is packed {ratio} times smaller than its content (part {part}); real spreadsheets stay under {limit}. It was not opened: the file is damaged or made to stall the computer. Ask for the list again, or copy it into a new workbook in Excel.</source>
      <translation>Bảng tính {path} bị nén nhỏ hơn nội dung {ratio} lần (phần {part}); bảng tính thật không quá {limit} lần. Tệp không được mở: tệp bị hỏng hoặc được tạo ra để làm treo máy. Hãy xin lại danh sách, hoặc chép danh sách sang một sổ tính mới bằng Excel.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="32" />
      <source>The personal ID number {value} belongs to a {id_sex} person (4th digit), but the record says {sex}. Check the sex or the number.</source>
      <translation>Số định danh cá nhân {value} là của người giới tính {id_sex} (chữ số thứ 4), nhưng hồ sơ ghi là {sex}. Hãy kiểm tra lại giới tính hoặc số định danh.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="321" />
      <source>The spreadsheet has cells beyond column {column}; Sổ Thôn reads at most {limit} columns. Delete the columns after the list (select them in Excel, right-click, Delete) and save again.</source>
      <translation>Bảng tính có ô nằm sau cột {column}; Sổ Thôn chỉ đọc tối đa {limit} cột. Hãy xóa các cột nằm sau danh sách (chọn các cột đó trong Excel, bấm chuột phải, chọn Xóa) rồi lưu lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="325" />
      <source>The spreadsheet has more than {limit} cells; Sổ Thôn reads at most {limit}. Delete the columns and rows that are not part of the list, or split the file.</source>
      <translation>Bảng tính có hơn {limit} ô; Sổ Thôn chỉ đọc tối đa {limit} ô. Hãy xóa các cột và dòng không thuộc danh sách, hoặc chia nhỏ tệp.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="329" />
      <source>The spreadsheet holds more than {limit} different texts; Sổ Thôn reads at most {limit}. Split the file and import each part.</source>
      <translation>Bảng tính chứa hơn {limit} đoạn chữ khác nhau; Sổ Thôn chỉ đọc tối đa {limit}. Hãy chia tệp thành nhiều phần và nhập từng phần.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="333" />
      <source>A cell of the spreadsheet holds more than {limit} characters, more than Excel itself allows. The file is damaged or is not a household list; check it and save it again from Excel.</source>
      <translation>Một ô của bảng tính chứa hơn {limit} ký tự, nhiều hơn mức chính Excel cho phép. Tệp bị hỏng hoặc không phải danh sách hộ; hãy kiểm tra và lưu lại tệp từ Excel.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="337" />
      <source>Row {row} appears {count} times or more, each time exactly the same (at most {limit} copies are read): the sheet was probably filled down by mistake. Delete the repeated rows and import again.</source>
      <translation>Dòng {row} xuất hiện từ {count} lần trở lên, lần nào cũng giống hệt nhau (chỉ đọc tối đa {limit} bản giống nhau): có lẽ bảng tính đã bị kéo chép xuống nhầm. Hãy xóa các dòng lặp lại rồi nhập lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="341" />
      <source>The spreadsheet has no data rows under its header row.</source>
      <translation>Bảng tính không có dòng dữ liệu nào bên dưới dòng tiêu đề.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="342" />
      <source>No header row was found. The first row must name the columns, e.g. "Họ và tên", "Ngày sinh".</source>
      <translation>Không tìm thấy dòng tiêu đề. Dòng đầu tiên phải ghi tên các cột, ví dụ "Họ và tên", "Ngày sinh".</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="345" />
      <source>The spreadsheet has no column for: {columns}. Rename the header or map the column.</source>
      <translation>Bảng tính không có cột: {columns}. Hãy đổi tên tiêu đề cột hoặc chọn cột tương ứng.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="348" />
      <source>Two columns are both mapped to {column}.</source>
      <translation>Có hai cột cùng được gán cho {column}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="349" />
      <source>{count} rows are invalid; nothing was imported. Fix them and try again.</source>
      <translation>Có {count} dòng không hợp lệ nên chưa nhập gì. Hãy sửa các dòng đó rồi thử lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="350" />
      <source>The personal ID number {value} appears again in row {other_row}.</source>
      <translation>Số định danh cá nhân {value} còn xuất hiện ở dòng {other_row}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="353" />
      <source>{name} is recorded as {status} ({date}). Remove this row, or record their return in the register first: an old list must not undo a recorded death or move.</source>
      <translation>{name} đã được ghi là {status} ({date}). Hãy xóa dòng này, hoặc ghi nhận việc quay về trong sổ trước: danh sách cũ không được xóa bỏ việc đã ghi nhận qua đời hay chuyển đi.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="357" />
      <source>A commune does not import household lists: each hamlet keeps its own register and sends it to the commune. Import the list in the hamlet's copy of Sổ Thôn.</source>
      <translation>Xã không nhập danh sách hộ: mỗi thôn tự giữ sổ của mình và gửi lên xã. Hãy nhập danh sách trong Sổ Thôn của thôn đó.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="36" />
      <source>The personal ID number {value} says born in {id_year} (digits 4–6), but the date of birth says {year}. Check the year or the number.</source>
      <translation>Số định danh cá nhân {value} cho biết năm sinh {id_year} (chữ số 4–6), nhưng ngày sinh ghi năm {year}. Hãy kiểm tra lại năm sinh hoặc số định danh.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="361" />
      <source>Household {number} has more than one head ("Chủ hộ") in the file.</source>
      <translation>Hộ {number} có hơn một "Chủ hộ" trong tệp.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="362" />
      <source>"{value}" is not a known relation to the household head.</source>
      <translation>"{value}" không phải là quan hệ với chủ hộ mà Sổ Thôn nhận biết được.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="363" />
      <source>"{value}" is not a residence type. Use Thường trú, Tạm trú, Tạm vắng or Lưu trú.</source>
      <translation>"{value}" không phải là loại cư trú. Hãy dùng Thường trú, Tạm trú, Tạm vắng hoặc Lưu trú.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="366" />
      <source>"{value}" is not a sex. Use Nam or Nữ.</source>
      <translation>"{value}" không phải là giới tính. Hãy dùng Nam hoặc Nữ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="367" />
      <source>"{value}" is not a valid date. Use dd/mm/yyyy.</source>
      <translation>"{value}" không phải là ngày hợp lệ. Hãy ghi theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="368" />
      <source>The {kind} of case {number} names its mediators ({mediators}); {profile} is not one of them, so it cannot sign it. Sign in with the profile linked to one of the case's mediators, then sign.</source>
      <translation>{kind} của vụ, việc {number} ghi tên các hòa giải viên ({mediators}); {profile} không phải là một trong số đó nên không thể ký. Hãy đăng nhập bằng tài khoản gắn với một hòa giải viên của vụ, việc rồi ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="372" />
      <source>The {kind} is signed by the mediation team's leader, {leader}; {profile} cannot sign it. Sign in with the profile linked to the team leader.</source>
      <translation>{kind} do tổ trưởng tổ hòa giải ({leader}) ký; {profile} không thể ký. Hãy đăng nhập bằng tài khoản gắn với tổ trưởng tổ hòa giải.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="376" />
      <source>This unit has no mediation team yet. Set up the team (Mediation, Team) before making its papers.</source>
      <translation>Đơn vị chưa có tổ hòa giải. Hãy lập tổ hòa giải (mục Hòa giải, thẻ Tổ hòa giải) trước khi lập sổ sách, văn bản của tổ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="379" />
      <source>The {kind} is made for a case that ended as {wanted}; case {number} is {status}. Choose a case with that outcome, or record the outcome first.</source>
      <translation>{kind} chỉ lập cho vụ, việc có kết quả "{wanted}"; vụ, việc {number} đang ở trạng thái "{status}". Hãy chọn vụ, việc có kết quả đó, hoặc ghi nhận kết quả trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="384" />
      <source>{field} is empty. Fill it in; nothing was saved.</source>
      <translation>{field} đang để trống. Hãy điền vào; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="385" />
      <source>The date {value} given as {field} is before {what} ({other}). Check the dates; nothing was saved.</source>
      <translation>Ngày {value} ghi ở {field} sớm hơn {what} ({other}). Hãy kiểm tra lại các ngày; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="388" />
      <source>The date {value} given as {field} is in the future. Check the date; nothing was saved.</source>
      <translation>Ngày {value} ghi ở {field} là ngày trong tương lai. Hãy kiểm tra lại; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="391" />
      <source>"{value}" is not a year of birth. Type four digits, e.g. 1975 (field {field}).</source>
      <translation>"{value}" không phải là năm sinh. Hãy gõ bốn chữ số, ví dụ 1975 (trường {field}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="394" />
      <source>Party {index} has no name. Pick the person from the register or type their full name.</source>
      <translation>Bên thứ {index} chưa có tên. Hãy chọn người trong sổ hộ khẩu hoặc gõ họ và tên đầy đủ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="397" />
      <source>Party {index} is already listed in this case. List each person once.</source>
      <translation>Bên thứ {index} đã có trong vụ, việc này. Mỗi người chỉ ghi một lần.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="398" />
      <source>The case has no party. Add at least one party (an interested person alone is not enough).</source>
      <translation>Vụ, việc chưa có bên nào. Hãy thêm ít nhất một bên (chỉ có người có quyền lợi, nghĩa vụ liên quan là chưa đủ).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="40" />
      <source>The personal ID number {value} is already recorded for {other}. One number belongs to one person.</source>
      <translation>Số định danh cá nhân {value} đã được ghi cho {other}. Mỗi số chỉ thuộc về một người.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="401" />
      <source>A successful mediation needs the agreement: what each party will do, how and by when.</source>
      <translation>Hòa giải thành cần ghi thỏa thuận: mỗi bên sẽ làm gì, phương thức và thời hạn thực hiện.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="404" />
      <source>The agreement names no party: the case has none. Add the parties to the case first.</source>
      <translation>Thỏa thuận không nêu bên nào vì vụ, việc chưa có các bên. Hãy thêm các bên vào vụ, việc trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="407" />
      <source>The agreement lists no obligation. Write at least one thing a party agreed to do.</source>
      <translation>Thỏa thuận chưa ghi nghĩa vụ nào. Hãy ghi ít nhất một việc mà một bên đã đồng ý thực hiện.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="410" />
      <source>Obligation {index} is for party {value}, which the case does not have. Choose one of its parties.</source>
      <translation>Nghĩa vụ thứ {index} ghi cho bên thứ {value}, nhưng vụ, việc không có bên này. Hãy chọn một trong các bên của vụ, việc.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="413" />
      <source>Obligation {index} is empty. Write what the party agreed to do.</source>
      <translation>Nghĩa vụ thứ {index} đang để trống. Hãy ghi việc mà bên đó đã đồng ý thực hiện.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="414" />
      <source>The deadline {value} is before the agreement's date {other}. Choose a later deadline.</source>
      <translation>Thời hạn {value} sớm hơn ngày thỏa thuận {other}. Hãy chọn thời hạn muộn hơn.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="417" />
      <source>No mediator was chosen. Choose at least one mediator of the team.</source>
      <translation>Chưa chọn hòa giải viên. Hãy chọn ít nhất một hòa giải viên của tổ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="418" />
      <source>The mediator chosen is not a current member of the case's team. Choose one of its mediators.</source>
      <translation>Hòa giải viên được chọn không phải là thành viên hiện tại của tổ hòa giải nhận vụ, việc. Hãy chọn một hòa giải viên của tổ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="421" />
      <source>The mediator chosen is a party to this case and cannot mediate it (Art. 18). Choose another mediator.</source>
      <translation>Hòa giải viên được chọn là một bên của vụ, việc nên không được hòa giải (Điều 18). Hãy chọn hòa giải viên khác.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="424" />
      <source>{name} is already a mediator of this team.</source>
      <translation>{name} đã là hòa giải viên của tổ này.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="425" />
      <source>"{value}" is not a case type. Choose one of the statistics types.</source>
      <translation>"{value}" không phải là loại vụ, việc. Hãy chọn một loại theo chỉ tiêu thống kê.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="426" />
      <source>"{value}" is not a ground for starting mediation (Art. 16). Choose one of the listed grounds.</source>
      <translation>"{value}" không phải là căn cứ tiến hành hòa giải (Điều 16). Hãy chọn một trong các căn cứ đã liệt kê.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="429" />
      <source>"{value}" is not a ground for referring a case (Art. 3). Choose one of the listed grounds.</source>
      <translation>"{value}" không phải là căn cứ để chuyển vụ, việc (Điều 3). Hãy chọn một trong các căn cứ đã liệt kê.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="43" />
      <source>"{value}" is not a Vietnamese phone number. Use 10 digits starting with 0.</source>
      <translation>"{value}" không phải là số điện thoại Việt Nam. Hãy dùng 10 chữ số, bắt đầu bằng 0.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="432" />
      <source>A case that is {status} cannot take the step "{step}". Choose one of the steps the case page offers.</source>
      <translation>Vụ, việc đang ở trạng thái "{status}" không thể thực hiện bước "{step}". Hãy chọn một trong các bước mà trang vụ, việc cho phép.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="435" />
      <source>The outcome is missing. Choose successful, unsuccessful or terminated to close the case.</source>
      <translation>Chưa có kết quả. Hãy chọn hòa giải thành, hòa giải không thành hoặc chấm dứt hòa giải để kết thúc vụ, việc.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="438" />
      <source>To refer a case to a competent body, use the step "refer".</source>
      <translation>Để chuyển vụ, việc đến cơ quan có thẩm quyền, hãy dùng bước "chuyển".</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="439" />
      <source>"{value}" is not a period. Use a year (2026), a quarter (2026-Q3) or a month (2026-07).</source>
      <translation>"{value}" không phải là kỳ báo cáo. Hãy dùng năm (2026), quý (2026-Q3) hoặc tháng (2026-07).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="44" />
      <source>The residence end date {end} is before its start date {start}.</source>
      <translation>Ngày hết hạn cư trú {end} ở trước ngày bắt đầu {start}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="442" />
      <source>Say which mediation team received the case: this hamlet has {count} teams (add one first if none).</source>
      <translation>Hãy cho biết tổ hòa giải nào tiếp nhận vụ, việc: thôn có {count} tổ hòa giải (nếu chưa có, hãy thêm tổ trước).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="445" />
      <source>Case {number} is confidential: only its mediators and the team leader may see or change it.</source>
      <translation>Vụ, việc số {number} được giữ bí mật: chỉ hòa giải viên được phân công và tổ trưởng tổ hòa giải được xem hoặc sửa.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="448" />
      <source>The period {value} begins on {start}, after today: a report is made for a period that has begun.</source>
      <translation>Kỳ {value} bắt đầu từ ngày {start}, sau hôm nay: chỉ lập báo cáo cho kỳ đã bắt đầu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="45" />
      <source>A temporary residence registration lasts at most 2 years; shorten the end date or renew it later.</source>
      <translation>Đăng ký tạm trú chỉ có thời hạn tối đa 2 năm; hãy rút ngắn ngày hết hạn hoặc gia hạn sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="451" />
      <source>The case file is not valid at {path}: {detail}</source>
      <translation>Tệp vụ, việc không hợp lệ tại {path}: {detail}</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="453" />
      <source>The {kind} must be signed by the {role}: {signer}. The profile {profile} cannot sign it, because the signature block prints the name of who signs. Sign in as {signer} to sign it.</source>
      <translation>{kind} phải do {role} ký: {signer}. Hồ sơ {profile} không ký được văn bản này, vì khối chữ ký in tên người ký. Hãy đăng nhập bằng hồ sơ {signer} để ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="457" />
      <source>The {kind} is dated {date}, which is later than today ({today}). A document is signed on or after its date: give today's date or an earlier one (--date).</source>
      <translation>{kind} đề ngày {date}, sau ngày hôm nay ({today}). Văn bản chỉ được ký từ ngày ban hành trở đi: hãy ghi ngày hôm nay hoặc một ngày trước đó (--date).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="461" />
      <source>The {kind} has one signer; only minutes (secretary and chair) take a co-signature. Leave out --cosigner.</source>
      <translation>{kind} chỉ có một người ký; chỉ biên bản (thư ký và chủ trì) mới có chữ ký thứ hai. Hãy bỏ --cosigner.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="464" />
      <source>{profile} signs the {kind} already; the co-signer is the other person printed in it (the secretary). Choose another profile with --cosigner.</source>
      <translation>{profile} đã là người ký {kind}; người cùng ký là người còn lại in trong văn bản (thư ký). Hãy chọn hồ sơ khác với --cosigner.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="468" />
      <source>The {kind} awaits no co-signature: it was signed without naming a co-signer (--cosigner).</source>
      <translation>{kind} không chờ chữ ký thứ hai: văn bản được ký mà không ghi người cùng ký (--cosigner).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="471" />
      <source>The {kind} is already co-signed by {cosigner}; nothing was changed.</source>
      <translation>{kind} đã có chữ ký thứ hai của {cosigner}; không có gì thay đổi.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="472" />
      <source>The {kind} awaits the co-signature of {cosigner}, whose name it prints; {profile} cannot add it. Sign in as {cosigner} to co-sign.</source>
      <translation>{kind} đang chờ chữ ký của {cosigner}, người có tên in trong văn bản; {profile} không ký thay được. Hãy đăng nhập bằng hồ sơ {cosigner} để ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="476" />
      <source>The {kind} must be signed by the {role}, and no profile has that role yet. Add a profile for the {role} (Settings, Profiles), then sign in as that profile to sign it.</source>
      <translation>{kind} phải do {role} ký, nhưng chưa có hồ sơ nào giữ vai trò này. Hãy thêm hồ sơ cho {role} (Cài đặt, Hồ sơ người dùng), rồi đăng nhập bằng hồ sơ đó để ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="48" />
      <source>The household number is empty. Give every household a number.</source>
      <translation>Chưa có số hộ. Hãy đặt số cho mỗi hộ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="481" />
      <source>Only the {role} can let someone sign on their behalf; {profile} cannot. Sign in as the {role}.</source>
      <translation>Chỉ {role} mới có thể cho người khác ký thay; {profile} không thể. Hãy đăng nhập bằng tài khoản {role}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="484" />
      <source>{profile} signs as the head already: choose the profile of the person who signs on the head's behalf (a deputy head).</source>
      <translation>{profile} đã ký với tư cách trưởng thôn: hãy chọn tài khoản của người ký thay (phó trưởng thôn).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="486" />
      <source>{profile} has the head's role and signs in their own name: no delegation is needed.</source>
      <translation>{profile} có vai trò trưởng thôn và ký bằng tên của mình: không cần ký thay.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="488" />
      <source>{profile} may already sign on the head's behalf from {start}. Revoke that permission first, or choose dates that do not overlap it.</source>
      <translation>{profile} đã được ký thay trưởng thôn từ ngày {start}. Hãy chấm dứt quyền đó trước, hoặc chọn thời gian không trùng.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="49" />
      <source>The household number "{value}" is too long (at most 20 characters).</source>
      <translation>Số hộ "{value}" quá dài (tối đa 20 ký tự).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="492" />
      <source>There is no permission to sign on the head's behalf with the id {id}.</source>
      <translation>Không có quyền ký thay nào có mã {id}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="493" />
      <source>This permission was revoked on {date} already; nothing was changed.</source>
      <translation>Quyền ký thay này đã được thu hồi từ ngày {date}; không có gì thay đổi.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="494" />
      <source>Give the title printed under "KT." for the person who signs on the head's behalf, for example "Phó trưởng thôn".</source>
      <translation>Hãy nhập chức danh in dưới dòng "KT." của người ký thay, ví dụ "Phó trưởng thôn".</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="498" />
      <source>The title is too long: at most {limit} characters, on one line.</source>
      <translation>Chức danh quá dài: tối đa {limit} ký tự, trên một dòng.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="499" />
      <source>The permission ends on {end}, before it begins ({start}). Give an end date on or after the start.</source>
      <translation>Ngày kết thúc ({end}) sớm hơn ngày bắt đầu ({start}). Hãy chọn ngày kết thúc từ ngày bắt đầu trở đi.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="50" />
      <source>Household number {value} already exists in this hamlet.</source>
      <translation>Số hộ {value} đã có trong thôn này.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="502" />
      <source>"KT." (signing on the head's behalf) is for the head's deputy: give the deputy's title, beginning with "Phó" (for example "Phó trưởng thôn"), not "{value}".</source>
      <translation>"KT." (ký thay) dành cho cấp phó của trưởng thôn: hãy nhập chức danh của cấp phó, bắt đầu bằng "Phó" (ví dụ "Phó trưởng thôn"), không phải "{value}".</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="506" />
      <source>The permission to sign the {kind} on the head's behalf was revoked or changed while it was being signed; nothing was kept. Ask the head, then sign again.</source>
      <translation>Quyền ký thay trưởng thôn đối với {kind} đã bị thu hồi hoặc thay đổi ngay trong lúc ký; chưa lưu gì. Hãy hỏi lại trưởng thôn rồi ký lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="51" />
      <source>Household {number} still has {count} members. Move them to another household first.</source>
      <translation>Hộ {number} vẫn còn {count} thành viên. Hãy chuyển họ sang hộ khác trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="510" />
      <source>The permission would begin on {start}, before today ({today}): nobody signs on the head's behalf after the fact. Give today or a later day.</source>
      <translation>Quyền ký thay sẽ bắt đầu từ ngày {start}, trước hôm nay ({today}): không ký thay cho những ngày đã qua. Hãy chọn hôm nay hoặc một ngày sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="514" />
      <source>A permission is ended from today ({today}) or a later day, not from {date}: what was signed under it before today stays valid.</source>
      <translation>Quyền ký thay chỉ chấm dứt từ hôm nay ({today}) hoặc một ngày sau, không phải từ ngày {date}: những văn bản đã ký trước hôm nay vẫn có giá trị.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="518" />
      <source>Signing on the head's behalf (KT.) is set up in a hamlet's copy; a commune's officers sign in their own names.</source>
      <translation>Ký thay (KT.) được thiết lập trong bản của thôn; cán bộ xã ký bằng tên của mình.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="523" />
      <source>This is the copy of {unit}, not a commune's: hamlets are enrolled and their bundles imported in the commune's copy.</source>
      <translation>Đây là bản cài đặt của {unit}, không phải của xã: việc đăng ký thôn và nhập gói của thôn làm trên bản cài đặt của xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="527" />
      <source>{path} is not a hamlet's signing certificate ({detail}).</source>
      <translation>{path} không phải chứng thư ký của một thôn ({detail}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="528" />
      <source>"{value}" is not a day the monthly bundles can be due by: give a day of the next month from 1 to 28, or "default" to go back to day {default}.</source>
      <translation>"{value}" không phải là ngày hạn nộp gói dữ liệu hằng tháng: hãy nhập một ngày của tháng sau từ 1 đến 28, hoặc "default" để trở về ngày {default}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="532" />
      <source>The certificate belongs to {code}, which is not a hamlet of this commune ({commune}).</source>
      <translation>Chứng thư thuộc về {code}, không phải một thôn của xã này ({commune}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="535" />
      <source>{code} is already enrolled with another key ({fingerprint}). If the hamlet has a new key, replace the old one (enroll --replace).</source>
      <translation>{code} đã được đăng ký với một khóa khác ({fingerprint}). Nếu thôn có khóa mới, hãy thay khóa cũ (enroll --replace).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="539" />
      <source>This key ({fingerprint}) is already enrolled for {code}.</source>
      <translation>Khóa này ({fingerprint}) đã được đăng ký cho {code}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="54" />
      <source>The new household head must be a current member of the household.</source>
      <translation>Chủ hộ mới phải là người hiện đang ở trong hộ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="540" />
      <source>This key of {code} ({fingerprint}) was revoked from {day}; it cannot be enrolled again. Ask the hamlet for its new certificate.</source>
      <translation>Khóa này của {code} ({fingerprint}) đã bị thu hồi từ ngày {day}; không thể đăng ký lại. Hãy đề nghị thôn gửi chứng thư mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="544" />
      <source>No hamlet with the code {code} is enrolled.</source>
      <translation>Không có thôn nào mã {code} đã đăng ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="545" />
      <source>{code} has no current key to revoke: every key of it is revoked already.</source>
      <translation>{code} không còn khóa hiện hành để thu hồi: mọi khóa của thôn đã bị thu hồi.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="546" />
      <source>The bundle comes from {sender}, which is not enrolled here. Enrol the hamlet from its certificate file first, after comparing the fingerprint with the hamlet.</source>
      <translation>Gói đến từ {sender}, thôn chưa được đăng ký ở đây. Hãy đăng ký thôn từ tệp chứng thư trước, sau khi đối chiếu dấu vân tay với thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="55" />
      <source>{name} no longer lives here (moved away or died); the change is not allowed.</source>
      <translation>{name} không còn ở đây (đã chuyển đi hoặc đã mất); không thể thực hiện thay đổi này.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="550" />
      <source>The bundle was signed on {created} with a key of {sender} that no longer counts from {day}. Ask the hamlet for a bundle signed with its new key.</source>
      <translation>Gói được ký ngày {created} bằng một khóa của {sender} đã hết hiệu lực từ ngày {day}. Hãy đề nghị thôn gửi gói ký bằng khóa mới.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="554" />
      <source>This is a party bundle: it goes to the party committee, not to the commune.</source>
      <translation>Đây là gói của Đảng: gói gửi đến đảng ủy, không gửi đến xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="555" />
      <source>Bundle {sequence} of {sender} was already imported, but from another file (SHA-256 {imported_sha256}, this one {sha256}): two copies of the hamlet are sending. Nothing was imported.</source>
      <translation>Gói số {sequence} của {sender} đã được nhập, nhưng từ một tệp khác (SHA-256 {imported_sha256}, tệp này {sha256}): có hai bản cài đặt của thôn cùng gửi. Không nhập gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="559" />
      <source>Bundle {sequence} of {sender} does not follow the bundle imported before it (it names SHA-256 {previous_sha256}, the imported one is {expected_sha256}). Nothing was imported.</source>
      <translation>Gói số {sequence} của {sender} không nối tiếp gói đã nhập trước nó (gói ghi SHA-256 {previous_sha256}, gói đã nhập là {expected_sha256}). Không nhập gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="56" />
      <source>The date {value} is not valid for this event.</source>
      <translation>Ngày {value} không hợp lệ cho sự kiện này.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="563" />
      <source>The file {path} changed while it was being imported. Nothing was imported.</source>
      <translation>Tệp {path} đã bị thay đổi trong khi đang nhập. Không nhập gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="564" />
      <source>{count} records of the bundle cannot be imported; the first: {first} Nothing was imported.</source>
      <translation>{count} bản ghi của gói không nhập được; bản ghi đầu tiên: {first} Không nhập gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="567" />
      <source>record {id}: the record type {type} is unknown to this version.</source>
      <translation>bản ghi {id}: phiên bản này không biết loại bản ghi {type}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="568" />
      <source>record {id} appears twice in the bundle.</source>
      <translation>bản ghi {id} xuất hiện hai lần trong gói.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="569" />
      <source>record {id} belongs to {unit}, not to the sender {sender}.</source>
      <translation>bản ghi {id} thuộc về {unit}, không thuộc đơn vị gửi {sender}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="57" />
      <source>The {kind} you asked for does not exist (it may have been deleted).</source>
      <translation>Không tìm thấy {kind} (có thể đã bị xóa).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="570" />
      <source>record {id} is held already for another hamlet ({unit}).</source>
      <translation>bản ghi {id} đã có ở đây cho một thôn khác ({unit}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="571" />
      <source>record {id} comes with version {version}, older than version {held} already imported from an earlier bundle.</source>
      <translation>bản ghi {id} đến với phiên bản {version}, cũ hơn phiên bản {held} đã nhập từ một gói trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="576" />
      <source>"{value}" is not a kind of meeting. Use one of: {known}.</source>
      <translation>“{value}” không phải là loại cuộc họp. Dùng một trong các loại: {known}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="577" />
      <source>"{value}" is not a meeting grade. Use one of: {known}.</source>
      <translation>“{value}” không phải là mức xếp loại buổi sinh hoạt. Dùng một trong các mức: {known}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="578" />
      <source>Vote {index}: "{value}" is not a number of votes ({field}). Type a whole number, 0 or more; nothing was saved.</source>
      <translation>Biểu quyết {index}: “{value}” không phải là số phiếu ({field}). Nhập số nguyên từ 0 trở lên; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="582" />
      <source>Vote {index} counts {cast} votes (for, against and abstaining), but only {present} who may vote are present. Check the counts; nothing was saved.</source>
      <translation>Biểu quyết {index} có {cast} phiếu (tán thành, không tán thành và không biểu quyết), nhưng chỉ có {present} người có quyền biểu quyết có mặt. Kiểm tra lại số phiếu; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="586" />
      <source>Vote {index}: the ballot of {value} names nobody of the party cell. Choose a member; nothing was saved.</source>
      <translation>Biểu quyết {index}: phiếu của {value} không ứng với đảng viên nào của chi bộ. Chọn một đảng viên; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="589" />
      <source>Vote {index}: {value} is a probationary member, and probationary members do not vote (Party Charter, Art. 3). Remove this ballot; nothing was saved.</source>
      <translation>Biểu quyết {index}: đồng chí {value} là đảng viên dự bị, mà đảng viên dự bị không có quyền biểu quyết (Điều lệ Đảng, Điều 3). Bỏ phiếu này ra; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="59" />
      <source>This data directory is already set up for {unit}. Choose another directory to start afresh.</source>
      <translation>Thư mục dữ liệu này đã được thiết lập cho {unit}. Hãy chọn thư mục khác để bắt đầu lại từ đầu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="593" />
      <source>Vote {index}: {value} is not marked present, so cannot vote. Check the roll call; nothing was saved.</source>
      <translation>Biểu quyết {index}: đồng chí {value} không được điểm danh là có mặt nên không thể biểu quyết. Kiểm tra lại điểm danh; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="596" />
      <source>Vote {index}: {value} has two ballots. Each member votes once; nothing was saved.</source>
      <translation>Biểu quyết {index}: đồng chí {value} có hai phiếu. Mỗi đảng viên chỉ biểu quyết một lần; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="597" />
      <source>Vote {index}: "{value}" is not a choice. Use in_favour, against or abstain; nothing was saved.</source>
      <translation>Biểu quyết {index}: “{value}” không phải là lựa chọn hợp lệ. Dùng in_favour (tán thành), against (không tán thành) hoặc abstain (không biểu quyết); chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="600" />
      <source>Vote {index} has no motion. Write what was put to the vote; nothing was saved.</source>
      <translation>Biểu quyết {index} chưa có nội dung. Ghi rõ nội dung đưa ra biểu quyết; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="601" />
      <source>Review {index} names a task ({value}) that is not an open task of the previous meeting of this body. Choose one from the checklist; nothing was saved.</source>
      <translation>Mục rà soát {index} nêu một nhiệm vụ ({value}) không phải là nhiệm vụ còn mở của cuộc họp trước của cùng tổ chức. Chọn nhiệm vụ trong danh sách kiểm tra; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="605" />
      <source>Review {index}: the task {value} is reviewed twice. Review it once.</source>
      <translation>Mục rà soát {index}: nhiệm vụ {value} được rà soát hai lần. Mỗi nhiệm vụ chỉ rà soát một lần.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="606" />
      <source>Review {index}: "{value}" is not a review. Mark the task done, carried_over or dropped.</source>
      <translation>Mục rà soát {index}: “{value}” không phải là kết quả rà soát. Đánh dấu nhiệm vụ là done (đã hoàn thành), carried_over (chuyển tiếp) hoặc dropped (không tiếp tục).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="609" />
      <source>The minutes name no chair. Say who chaired the meeting; nothing was saved.</source>
      <translation>Biên bản chưa ghi người chủ trì. Ghi rõ ai chủ trì cuộc họp; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="610" />
      <source>The minutes name no secretary. Say who kept the minutes; nothing was saved.</source>
      <translation>Biên bản chưa ghi thư ký. Ghi rõ ai là người ghi biên bản; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="613" />
      <source>The meeting ends at {end}, which is not after its start at {start}. Check the times; nothing was saved.</source>
      <translation>Giờ kết thúc cuộc họp ({end}) không sau giờ bắt đầu ({start}). Kiểm tra lại thời gian; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="616" />
      <source>The meeting is dated {value}, later than today, but recorded as held. Check the date; nothing was saved.</source>
      <translation>Cuộc họp ghi ngày {value}, sau ngày hôm nay, nhưng lại được ghi là đã họp. Kiểm tra lại ngày họp; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="619" />
      <source>"{value}" is not a time ({field}). Use hh:mm, e.g. 08:00; nothing was saved.</source>
      <translation>“{value}” không phải là giờ hợp lệ ({field}). Dùng dạng giờ:phút, ví dụ 08:00; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="62" />
      <source>This data directory has not been set up yet. Run the first-run wizard or 'sothon init' first.</source>
      <translation>Thư mục dữ liệu này chưa được thiết lập. Hãy chạy trình thiết lập lần đầu hoặc lệnh 'sothon init' trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="620" />
      <source>Task {index}: the owner {value} is neither a resident of the register nor a member of the party cell. Choose the person from the register or the cell's members; nothing was saved.</source>
      <translation>Nhiệm vụ {index}: người thực hiện {value} không phải là nhân khẩu trong sổ, cũng không phải là đảng viên của chi bộ. Chọn người trong sổ hoặc trong danh sách đảng viên; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="624" />
      <source>Task {index} is empty. Write what is to be done; nothing was saved.</source>
      <translation>Nhiệm vụ {index} chưa có nội dung. Ghi rõ việc cần làm; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="625" />
      <source>Attendance {index}: {value} is not a member of the party cell nor a household of the register. Choose from the lists; nothing was saved.</source>
      <translation>Điểm danh {index}: {value} không phải là đảng viên của chi bộ, cũng không phải là hộ gia đình trong sổ. Chọn trong danh sách; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="629" />
      <source>Attendance {index}: {value} is listed twice. List each person once.</source>
      <translation>Điểm danh {index}: {value} được ghi hai lần. Mỗi người chỉ ghi một lần.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="630" />
      <source>Attendance {index}: "{value}" is not an attendance. Use present, absent_with_reason, absent_without_reason, exempt or guest.</source>
      <translation>Điểm danh {index}: “{value}” không phải là tình trạng dự họp. Dùng present (có mặt), absent_with_reason (vắng có lý do), absent_without_reason (vắng không lý do), exempt (miễn sinh hoạt) hoặc guest (khách mời).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="634" />
      <source>Party cell meetings and members are kept apart from the hamlet's records: only the party cell secretary's profile sees and records them. Sign in as the party cell secretary.</source>
      <translation>Cuộc họp và danh sách đảng viên của chi bộ được quản lý riêng với hồ sơ của thôn: chỉ hồ sơ người dùng của bí thư chi bộ mới xem và ghi được. Hãy đăng nhập bằng hồ sơ của bí thư chi bộ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="638" />
      <source>The meeting file is not valid at {path}: {detail}</source>
      <translation>Tệp cuộc họp không hợp lệ tại {path}: {detail}</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="640" />
      <source>{name} is already a member of the party cell.</source>
      <translation>{name} đã có trong danh sách đảng viên của chi bộ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="641" />
      <source>The official membership date {value} is before the admission date {other}. Check the dates.</source>
      <translation>Ngày công nhận đảng viên chính thức {value} trước ngày kết nạp {other}. Kiểm tra lại các ngày.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="644" />
      <source>"{value}" is not valid for {field}. Use one of: {known}.</source>
      <translation>“{value}” không hợp lệ cho mục {field}. Dùng một trong các giá trị: {known}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="645" />
      <source>The meeting {number} is finished; the live screen only changes a meeting in progress.</source>
      <translation>Cuộc họp {number} đã kết thúc; màn hình ghi trực tiếp chỉ sửa được cuộc họp đang diễn ra.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="649" />
      <source>"{value}" is not a known code for {field}. Use one of: {allowed}.</source>
      <translation>"{value}" không phải mã hợp lệ cho {field}. Dùng một trong các mã: {allowed}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="65" />
      <source>There is no province or city with code {value}. Check the official code list.</source>
      <translation>Không có tỉnh/thành phố nào có mã {value}. Hãy kiểm tra danh mục mã chính thức.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="650" />
      <source>No security-order rule set covers {day}. Update the program.</source>
      <translation>Không có bộ quy định về an ninh, trật tự áp dụng cho ngày {day}. Hãy cập nhật phần mềm.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="651" />
      <source>No set of assessment criteria covers the year {year}. Update the program.</source>
      <translation>Không có bộ tiêu chí đánh giá áp dụng cho năm {year}. Hãy cập nhật phần mềm.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="653" />
      <source>{field} is {length} characters long; at most {limit} are allowed. Shorten it.</source>
      <translation>{field} dài {length} ký tự; tối đa {limit} ký tự. Hãy rút gọn.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="654" />
      <source>{field} ({value}) is in the future. Record what has already happened; nothing was saved.</source>
      <translation>{field} ({value}) là thời điểm trong tương lai. Chỉ ghi nhận việc đã xảy ra; chưa lưu gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="656" />
      <source>{field} ({value}) is before {first} ({start}). Check the two times; nothing was saved.</source>
      <translation>{field} ({value}) sớm hơn {first} ({start}). Hãy kiểm tra lại hai thời điểm; chưa lưu gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="658" />
      <source>Person {position} involved has neither a name nor a resident of the register. Give the full name or choose the resident.</source>
      <translation>Người liên quan thứ {position} chưa có họ tên và chưa chọn nhân khẩu trong sổ. Hãy nhập họ tên hoặc chọn nhân khẩu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="66" />
      <source>There is no commune or ward with code {value} in {province}.</source>
      <translation>Không có xã/phường nào có mã {value} thuộc {province}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="660" />
      <source>The birth year {value} is not valid. Give a year between 1900 and this year.</source>
      <translation>Năm sinh {value} không hợp lệ. Hãy nhập năm từ 1900 đến năm nay.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="662" />
      <source>The number ({value}) is missing or negative. Give a whole number of 0 or more.</source>
      <translation>Số lượng ({value}) còn thiếu hoặc bị âm. Hãy nhập số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="664" />
      <source>An override needs a reason. Write why the criterion is judged differently from the records; nothing was saved.</source>
      <translation>Điều chỉnh kết quả phải có lý do. Hãy ghi rõ vì sao tiêu chí được đánh giá khác với số liệu đã ghi; chưa lưu gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="666" />
      <source>A criterion can be confirmed as passed or failed, not "{value}".</source>
      <translation>Tiêu chí chỉ được xác nhận là đạt hoặc không đạt, không phải "{value}".</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="667" />
      <source>The year {value} cannot be assessed. Give a year from 2000 to the year after next.</source>
      <translation>Không thể đánh giá năm {value}. Hãy nhập năm từ 2000 đến hai năm tới.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="668" />
      <source>The period has not begun yet (it starts on {start}). Choose a period that has begun.</source>
      <translation>Kỳ này chưa bắt đầu (bắt đầu từ ngày {start}). Hãy chọn kỳ đã bắt đầu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="67" />
      <source>The hamlet or residential-group name is empty.</source>
      <translation>Chưa nhập tên thôn hoặc tổ dân phố.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="670" />
      <source>There is no criterion "{value}". The criteria are: {allowed}.</source>
      <translation>Không có tiêu chí "{value}". Các tiêu chí gồm: {allowed}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="671" />
      <source>"{value}" is not a period. Give a year (2026), a quarter (2026-Q3) or a month (2026-07).</source>
      <translation>"{value}" không phải kỳ báo cáo. Hãy nhập năm (2026), quý (2026-Q3) hoặc tháng (2026-07).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="673" />
      <source>The file is not a valid document at {path}: {detail}. Nothing was saved.</source>
      <translation>Tệp không hợp lệ tại {path}: {detail}. Chưa lưu gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="674" />
      <source>"{value}" is not a valid time for {field}. Use ISO 8601 with the offset, for example 2026-07-14T21:30:00+07:00 (a date alone as 2026-07-14).</source>
      <translation>"{value}" không phải thời điểm hợp lệ cho {field}. Dùng dạng ISO 8601 có múi giờ, ví dụ 2026-07-14T21:30:00+07:00 (chỉ ngày thì ghi 2026-07-14).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="677" />
      <source>HTTPS needs both the certificate (--tls-cert) and its private key (--tls-key).</source>
      <translation>HTTPS cần cả chứng thư (--tls-cert) lẫn khóa bí mật của nó (--tls-key).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="678" />
      <source>The TLS certificate or key cannot be used ({detail}). Give PEM files of a certificate and its key.</source>
      <translation>Không dùng được chứng thư hoặc khóa TLS ({detail}). Hãy chỉ ra tệp PEM của chứng thư và khóa tương ứng.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="68" />
      <source>The unit code "{value}" is not valid. Use the commune code, a hyphen and a short name in lower-case letters without accents, e.g. 17380-thon-dong.</source>
      <translation>Mã đơn vị "{value}" không hợp lệ. Hãy dùng mã xã, dấu gạch ngang và một tên ngắn viết thường, không dấu, ví dụ 17380-thon-dong.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="681" />
      <source>The inbox service cannot listen on {host}:{port} ({detail}). Choose another port with --port, or stop the program using it.</source>
      <translation>Dịch vụ nhận hồ sơ không lắng nghe được trên {host}:{port} ({detail}). Hãy chọn cổng khác bằng --port, hoặc dừng chương trình đang dùng cổng đó.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="685" />
      <source>Sending bundles to the commune's inbox service is done from a hamlet's copy.</source>
      <translation>Việc gửi gói tới dịch vụ nhận hồ sơ của xã được thực hiện trên bản cài đặt của thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="686" />
      <source>The address of the commune's inbox service is not set. Set it with: sothon settings set inbox_url http://ADDRESS:8750</source>
      <translation>Chưa đặt địa chỉ dịch vụ nhận hồ sơ của xã. Đặt bằng lệnh: sothon settings set inbox_url http://ĐỊA-CHỈ:8750</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="690" />
      <source>The inbox address {url} uses HTTPS, but the server's certificate fingerprint is not set. Ask the commune for it and set it with: sothon settings set inbox_tls_pin FINGERPRINT</source>
      <translation>Địa chỉ nhận hồ sơ {url} dùng HTTPS nhưng chưa đặt dấu vân tay chứng thư của máy chủ. Hãy xin xã dấu vân tay này rồi đặt bằng lệnh: sothon settings set inbox_tls_pin DẤU-VÂN-TAY</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="694" />
      <source>The commune's inbox service cannot be reached ({detail}). The bundle waits and is sent again automatically.</source>
      <translation>Chưa kết nối được dịch vụ nhận hồ sơ của xã ({detail}). Gói được giữ lại và sẽ tự động gửi lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="696" />
      <source>The server's certificate is not the one set for the commune (it has the fingerprint {found}). Nothing was sent. Check the inbox address and fingerprint with the commune.</source>
      <translation>Chứng thư của máy chủ không phải chứng thư đã đặt cho xã (dấu vân tay của nó là {found}). Chưa gửi gì. Hãy kiểm tra lại địa chỉ nhận hồ sơ và dấu vân tay với xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="700" />
      <source>The server at the inbox address is not the commune this hamlet sends to (it says {unit}, or another certificate). Nothing was sent. Check the inbox address with the commune.</source>
      <translation>Máy chủ ở địa chỉ nhận hồ sơ không phải của xã mà thôn gửi tới (máy chủ báo là {unit}, hoặc dùng chứng thư khác). Chưa gửi gì. Hãy kiểm tra lại địa chỉ nhận hồ sơ với xã.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="704" />
      <source>The inbox service gave an answer that cannot be read ({detail}). The bundle is sent again later.</source>
      <translation>Dịch vụ nhận hồ sơ trả lời không đọc được ({detail}). Gói sẽ được gửi lại sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="706" />
      <source>The inbox service had an error (HTTP {status}, {code}). The bundle is sent again later.</source>
      <translation>Dịch vụ nhận hồ sơ gặp lỗi (HTTP {status}, {code}). Gói sẽ được gửi lại sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="708" />
      <source>The inbox service refused the bundle (HTTP {status}, {code}). It is sent again later; if this continues, ask the commune to check that this hamlet is enrolled.</source>
      <translation>Dịch vụ nhận hồ sơ từ chối gói (HTTP {status}, {code}). Gói sẽ được gửi lại sau; nếu vẫn bị từ chối, hãy đề nghị xã kiểm tra thôn đã được đăng ký chưa.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="712" />
      <source>The inbox service answered with a receipt for another bundle (SHA-256 {sha256}…). The receipt of this bundle is asked for again later.</source>
      <translation>Dịch vụ nhận hồ sơ trả về giấy biên nhận của một gói khác (SHA-256 {sha256}…). Giấy biên nhận của gói này sẽ được hỏi lại sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="716" />
      <source>The bundle file {path} is missing or changed since it was exported. Export the bundle again, or put the file back.</source>
      <translation>Tệp gói {path} không còn hoặc đã bị thay đổi sau khi xuất. Hãy xuất lại gói, hoặc đặt lại tệp vào chỗ cũ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="72" />
      <source>Your full name is empty. Type the full name of the person setting up Sổ Thôn.</source>
      <translation>Chưa nhập họ và tên của bạn. Hãy nhập họ và tên của người thiết lập Sổ Thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="720" />
      <source>There is no setting {key}. The settings are: {known}.</source>
      <translation>Không có thiết lập {key}. Các thiết lập là: {known}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="721" />
      <source>{value} is not a valid value for {key}. Expected: {hint}.</source>
      <translation>{value} không phải giá trị hợp lệ của {key}. Giá trị cần có: {hint}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="723" />
      <source>The meeting {number} ({title}) voted no resolution, so there is no resolution to print. Record the vote on the resolution (marked as the resolution) in the meeting first.</source>
      <translation>Cuộc họp số {number} ({title}) không có nghị quyết được biểu quyết, nên không có nghị quyết để in. Hãy ghi lại lần biểu quyết thông qua nghị quyết (đánh dấu là nghị quyết) trong cuộc họp trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="727" />
      <source>The resolution of the meeting {number} ({title}) did not pass: {in_favour} in favour is not more than half of the {denominator} counted full members. A resolution that did not pass is not issued.</source>
      <translation>Nghị quyết của cuộc họp số {number} ({title}) chưa được thông qua: {in_favour} phiếu tán thành chưa quá một nửa trong số {denominator} đảng viên chính thức được triệu tập. Nghị quyết chưa được thông qua thì không ban hành.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="73" />
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation>Mật khẩu phải có ít nhất {minimum} ký tự.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="732" />
      <source>The meeting started at {start} and cannot end in the same minute: minutes keep whole minutes, so the end must be at least one minute after the start. Finish it a minute later; nothing was saved.</source>
      <translation>Cuộc họp bắt đầu lúc {start} nên không thể kết thúc trong cùng một phút: biên bản ghi giờ theo phút, giờ kết thúc phải sau giờ bắt đầu ít nhất một phút. Hãy kết thúc sau một phút nữa; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="736" />
      <source>"{value}" is not a household's attendance. Mark the household present, absent with a reason or absent without a reason; nothing was saved.</source>
      <translation>"{value}" không phải là tình trạng dự họp của hộ. Hãy đánh dấu hộ có mặt, vắng có lý do hoặc vắng không lý do; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="74" />
      <source>A passphrase is needed to open profile {profile}. Type it, or set SOTHON_PASSPHRASE.</source>
      <translation>Cần có mật khẩu để mở tài khoản {profile}. Hãy nhập mật khẩu, hoặc đặt biến SOTHON_PASSPHRASE.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="740" />
      <source>{name} is marked absent with a reason, but no reason is written. Write the reason (ill, working away…) or mark the household absent without a reason; nothing was saved.</source>
      <translation>{name} được đánh dấu vắng có lý do nhưng chưa ghi lý do. Hãy ghi lý do (ốm, đi làm ăn xa…) hoặc đánh dấu vắng không lý do; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="744" />
      <source>The representative chosen does not live in household {number}. Choose a member of the household; nothing was saved.</source>
      <translation>Người đại diện được chọn không phải là nhân khẩu của hộ số {number}. Hãy chọn một thành viên của hộ; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="748" />
      <source>{name} is under {age} and cannot represent the household at the hamlet meeting. Choose an adult member; nothing was saved.</source>
      <translation>{name} chưa đủ {age} tuổi nên không thể đại diện hộ dự hội nghị thôn. Hãy chọn một thành viên đã thành niên; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="752" />
      <source>A probationary member has no official-membership date yet ({value}). Mark the member full, or clear the date; nothing was saved.</source>
      <translation>Đảng viên dự bị chưa có ngày chính thức ({value}). Hãy chuyển sang đảng viên chính thức hoặc xóa ngày này; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="756" />
      <source>The official-membership date {value} is less than {months} months after the admission date {other}: probation lasts {months} months (Party Charter, Art. 5). Check the dates; nothing was saved.</source>
      <translation>Ngày chính thức {value} chưa đủ {months} tháng kể từ ngày vào Đảng {other}: thời kỳ dự bị là {months} tháng (Điều lệ Đảng, Điều 5). Hãy kiểm tra lại các ngày; chưa có gì được lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="761" />
      <source>The e-mail settings are incomplete: {keys} not set. Set them in Settings → Sending to the commune, or with: sothon settings set KEY VALUE</source>
      <translation>Thiết lập thư điện tử chưa đủ: chưa có {keys}. Hãy điền trong Cài đặt → Gửi lên xã, hoặc bằng lệnh: sothon settings set KEY VALUE</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="765" />
      <source>The password of the mail account ({key}) is not set. Set it with: sothon settings set {key} -</source>
      <translation>Chưa có mật khẩu tài khoản thư ({key}). Hãy đặt bằng lệnh: sothon settings set {key} -</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="768" />
      <source>The mail password ({key}) was set by the profile {profile} and only opens with its passphrase. Sign in as {profile}, or set the password again in this profile.</source>
      <translation>Mật khẩu thư ({key}) do hồ sơ {profile} đặt và chỉ mở được bằng mật khẩu đăng nhập của hồ sơ đó. Hãy đăng nhập bằng {profile}, hoặc đặt lại mật khẩu trong hồ sơ này.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="77" />
      <source>The passphrase for profile {profile} is wrong.</source>
      <translation>Mật khẩu của tài khoản {profile} không đúng.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="772" />
      <source>The mail password ({key}) cannot be opened (the passphrase changed since it was set). Set it again.</source>
      <translation>Không mở được mật khẩu thư ({key}) (mật khẩu đăng nhập đã đổi kể từ khi đặt). Hãy đặt lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="775" />
      <source>An unencrypted connection ({key} none) is allowed only to a mail server on this computer, not to {host}. Choose starttls or ssl.</source>
      <translation>Kết nối không mã hóa ({key} none) chỉ được dùng với máy chủ thư trên chính máy này, không dùng với {host}. Hãy chọn starttls hoặc ssl.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="779" />
      <source>The mail server {server} cannot be reached ({detail}). Nothing is lost: what waits to be sent or read is tried again later.</source>
      <translation>Không kết nối được máy chủ thư {server} ({detail}). Không mất gì cả: những gì đang chờ gửi hoặc chờ đọc sẽ được thử lại sau.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="78" />
      <source>There is no profile named {profile}.</source>
      <translation>Không có tài khoản nào tên là {profile}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="781" />
      <source>The mail server {server} showed a certificate this computer does not trust ({detail}). Nothing was sent or read. Check the server's name with the mail provider.</source>
      <translation>Máy chủ thư {server} đưa ra chứng thư mà máy này không tin cậy ({detail}). Không gửi và không đọc gì. Hãy hỏi nhà cung cấp dịch vụ thư để kiểm tra lại tên máy chủ.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="785" />
      <source>The mail server {server} refused the user name or password. Check {key}.</source>
      <translation>Máy chủ thư {server} không chấp nhận tên đăng nhập hoặc mật khẩu. Hãy kiểm tra {key}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="786" />
      <source>The mail server {server} refused the message ({code}: {detail}). It is tried again later; check the addresses in the settings.</source>
      <translation>Máy chủ thư {server} từ chối thư ({code}: {detail}). Thư sẽ được gửi lại sau; hãy kiểm tra các địa chỉ trong phần cài đặt.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="788" />
      <source>The mailbox has no folder {folder}. Check imap_folder (usually INBOX).</source>
      <translation>Hộp thư không có thư mục {folder}. Hãy kiểm tra imap_folder (thường là INBOX).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="789" />
      <source>This message carries no Sổ Thôn bundle. It was set aside in the quarantine folder; nothing was imported.</source>
      <translation>Thư này không kèm gói Sổ Thôn nào. Thư đã được để riêng trong thư mục cách ly; không nhập gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="79" />
      <source>A profile named {profile} already exists.</source>
      <translation>Đã có tài khoản tên là {profile}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="791" />
      <source>This message carries {count} bundles; a bundle's message carries one. Nothing was imported: ask the hamlet to send again from Sổ Thôn.</source>
      <translation>Thư này kèm {count} gói; mỗi thư chỉ được kèm một gói. Không nhập gì: hãy đề nghị thôn gửi lại từ Sổ Thôn.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="793" />
      <source>This message has a bundle attached but not the Sổ Thôn headers ({headers}): it was not sent by Sổ Thôn. Nothing was imported; import the file by hand only if it is known to come from the hamlet.</source>
      <translation>Thư này có kèm gói nhưng thiếu các trường đầu thư của Sổ Thôn ({headers}): thư không do Sổ Thôn gửi. Không nhập gì; chỉ nhập tệp bằng tay khi chắc chắn tệp do thôn gửi.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="797" />
      <source>The attachment {name} cannot be read. Nothing was imported; ask the hamlet to send again.</source>
      <translation>Không đọc được tệp đính kèm {name}. Không nhập gì; hãy đề nghị thôn gửi lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="799" />
      <source>The attachment ({size_mb} MiB) is larger than a bundle may be. Nothing was imported.</source>
      <translation>Tệp đính kèm ({size_mb} MiB) lớn hơn mức cho phép của một gói. Không nhập gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="80" />
      <source>Only the hamlet head or a commune officer can add people who use Sổ Thôn; {profile} cannot.</source>
      <translation>Chỉ trưởng thôn hoặc cán bộ xã mới được thêm người dùng Sổ Thôn; tài khoản {profile} không có quyền này.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="801" />
      <source>The attachment {name} is not the file the message names (its SHA-256 differs): it was changed on the way. Nothing was imported; ask the hamlet to send again.</source>
      <translation>Tệp đính kèm {name} không phải tệp mà thư ghi (mã SHA-256 khác): tệp đã bị thay đổi trên đường gửi. Không nhập gì; hãy đề nghị thôn gửi lại.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="805" />
      <source>This message is not signed by an enrolled key of {sender}: it does not come from that hamlet. Nothing was imported and no receipt was sent.</source>
      <translation>Thư này không được ký bằng khóa đã đăng ký của {sender}: thư không phải do thôn đó gửi. Không nhập gì và không gửi giấy biên nhận.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="809" />
      <source>A message of {size_mb} MiB is larger than a bundle's message may be. It was not read; nothing was imported.</source>
      <translation>Thư dung lượng {size_mb} MiB lớn hơn mức cho phép của thư gửi gói. Thư không được đọc; không nhập gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="811" />
      <source>The mail server {server} showed a certificate made out to another name, so it may not be your mail provider's server. Nothing was sent or read. Check {key}: give the server's name exactly as the provider writes it (for example imap.gmail.com), not an IP address.</source>
      <translation>Máy chủ thư {server} đưa ra chứng thư cấp cho một tên khác, nên có thể đó không phải máy chủ của nhà cung cấp dịch vụ thư của bạn. Không gửi và không đọc gì. Hãy kiểm tra {key}: ghi tên máy chủ đúng như nhà cung cấp hướng dẫn (ví dụ imap.gmail.com), không ghi địa chỉ IP.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="816" />
      <source>The mail server {server} does not offer encryption (STARTTLS), so the password would travel in clear. Nothing was sent or read. Choose SSL/TLS in {key} (usually port 465 for sending, 993 for receiving).</source>
      <translation>Máy chủ thư {server} không hỗ trợ mã hoá (STARTTLS), nên mật khẩu sẽ bị gửi đi không mã hoá. Không gửi và không đọc gì. Hãy chọn SSL/TLS ở {key} (thường là cổng 465 để gửi thư, 993 để nhận thư).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="821" />
      <source>"{value}" is not a report period. Give a year (2026), a quarter (2026-Q3) or a month (2026-07).</source>
      <translation>"{value}" không phải là kỳ báo cáo. Hãy nhập năm (2026), quý (2026-Q3) hoặc tháng (2026-07).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="824" />
      <source>The report period has not begun yet (it starts on {start}). Choose a period that has begun.</source>
      <translation>Kỳ báo cáo chưa bắt đầu (bắt đầu từ ngày {start}). Hãy chọn kỳ đã bắt đầu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="83" />
      <source>"{value}" cannot be a profile name. Use 2–60 lower-case letters without accents, digits, dots or hyphens, e.g. tran.thi.hoa.</source>
      <translation>Không thể dùng "{value}" làm tên tài khoản. Hãy dùng 2–60 chữ thường không dấu, chữ số, dấu chấm hoặc gạch nối, ví dụ tran.thi.hoa.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="834" />
      <source>Unexpected error ({code}).</source>
      <translation>Lỗi không mong muốn ({code}).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="846" />
      <source>household</source>
      <translation>hộ</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="847" />
      <source>resident</source>
      <translation>nhân khẩu</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="847" />
      <source>died</source>
      <translation>đã mất</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="847" />
      <source>moved away</source>
      <translation>đã chuyển đi</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="848" />
      <source>document</source>
      <translation>văn bản</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="848" />
      <source>bundle</source>
      <translation>gói dữ liệu</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="850" />
      <source>mediation case</source>
      <translation>vụ, việc hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="850" />
      <source>mediation team</source>
      <translation>tổ hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="851" />
      <source>mediator</source>
      <translation>hòa giải viên</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="851" />
      <source>profile</source>
      <translation>hồ sơ người dùng</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="852" />
      <source>received</source>
      <translation>đã tiếp nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="852" />
      <source>assigned</source>
      <translation>đã phân công</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="853" />
      <source>successful</source>
      <translation>hòa giải thành</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="853" />
      <source>unsuccessful</source>
      <translation>hòa giải không thành</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="854" />
      <source>terminated</source>
      <translation>chấm dứt hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="854" />
      <source>referred</source>
      <translation>đã chuyển cơ quan có thẩm quyền</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="855" />
      <source>assign mediators</source>
      <translation>phân công hòa giải viên</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="855" />
      <source>refer</source>
      <translation>chuyển</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="855" />
      <source>mediation session</source>
      <translation>buổi hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="856" />
      <source>close</source>
      <translation>kết thúc</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="856" />
      <source>follow-up</source>
      <translation>theo dõi thực hiện</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="856" />
      <source>report to the police</source>
      <translation>báo công an</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="857" />
      <source>the date received</source>
      <translation>ngày tiếp nhận</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="857" />
      <source>the date assigned</source>
      <translation>ngày phân công</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="858" />
      <source>the session date</source>
      <translation>ngày hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="858" />
      <source>the closing date</source>
      <translation>ngày kết thúc</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="859" />
      <source>the referral date</source>
      <translation>ngày chuyển</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="859" />
      <source>the follow-up date</source>
      <translation>ngày theo dõi</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="860" />
      <source>the date reported</source>
      <translation>ngày báo</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="860" />
      <source>the agreement date</source>
      <translation>ngày thỏa thuận</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="861" />
      <source>the date joined</source>
      <translation>ngày tham gia</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="862" />
      <source>the date left</source>
      <translation>ngày thôi tham gia</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="862" />
      <source>the start of the term</source>
      <translation>ngày bắt đầu nhiệm kỳ</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="863" />
      <source>the end of the term</source>
      <translation>ngày kết thúc nhiệm kỳ</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="863" />
      <source>The main content of the case</source>
      <translation>Nội dung chủ yếu của vụ, việc</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="864" />
      <source>The body the case is referred to</source>
      <translation>Cơ quan được chuyển vụ, việc</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="865" />
      <source>The police officer or office reported to</source>
      <translation>Cán bộ hoặc cơ quan công an được báo</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="865" />
      <source>The reason</source>
      <translation>Lý do</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="866" />
      <source>The content of the agreement</source>
      <translation>Nội dung thỏa thuận</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="866" />
      <source>The team's name</source>
      <translation>Tên tổ hòa giải</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="867" />
      <source>The full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="868" />
      <source>hamlet head</source>
      <translation>trưởng thôn</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="868" />
      <source>party cell secretary</source>
      <translation>bí thư chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="869" />
      <source>commune officer</source>
      <translation>cán bộ xã</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="88" />
      <source>Cannot write to the data directory {path}. Choose a folder you can write to, or fix its permissions.</source>
      <translation>Không ghi được vào thư mục dữ liệu {path}. Hãy chọn thư mục có quyền ghi, hoặc sửa lại quyền của thư mục.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="891" />
      <source>The time it happened</source>
      <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="891" />
      <source>The time it ended</source>
      <translation>Thời điểm kết thúc</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="891" />
      <source>The place</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="892" />
      <source>The description</source>
      <translation>Nội dung vụ việc</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="892" />
      <source>the severity</source>
      <translation>mức độ</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="892" />
      <source>the event type</source>
      <translation>loại vụ việc</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="893" />
      <source>the activity kind</source>
      <translation>loại hoạt động</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="893" />
      <source>The title or topic</source>
      <translation>Tên hoặc chủ đề</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="893" />
      <source>The date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="894" />
      <source>The date transformed</source>
      <translation>Ngày chuyển hóa</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="894" />
      <source>the model type</source>
      <translation>loại mô hình</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="895" />
      <source>The narrative</source>
      <translation>Phần nhận xét, đánh giá</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="895" />
      <source>The number</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="895" />
      <source>security-order event</source>
      <translation>vụ việc về an ninh, trật tự</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="896" />
      <source>movement activity</source>
      <translation>hoạt động phong trào</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="900" />
      <source>meeting</source>
      <translation>cuộc họp</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="900" />
      <source>party cell meeting</source>
      <translation>cuộc họp chi bộ</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="904" />
      <source>The event was changed elsewhere since you opened it (version {version}, not {expected}). Open it again; nothing was saved.</source>
      <translation>Vụ việc đã được sửa ở nơi khác từ khi đồng chí mở ra (phiên bản {version}, không phải {expected}). Hãy mở lại; chưa lưu gì.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="907" />
      <source>the status</source>
      <translation>tình trạng</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="91" />
      <source>This database was written by a newer version of Sổ Thôn (schema {revision}). Install the newer version to open it; nothing was changed.</source>
      <translation>Cơ sở dữ liệu này được tạo bởi phiên bản Sổ Thôn mới hơn (lược đồ {revision}). Hãy cài phiên bản mới hơn để mở; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="911" />
      <source>No hamlet with the code {code} is enrolled here, and nothing was received from it. The enrolled hamlets: sothon enrolled.</source>
      <translation>Không có thôn nào mã {code} đã đăng ký ở đây, và chưa nhận được gì từ mã này. Xem các thôn đã đăng ký bằng lệnh sothon enrolled.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="913" />
      <source>{type} is not a kind of record the commune keeps. Choose one of: {allowed}.</source>
      <translation>{type} không phải loại bản ghi xã lưu giữ. Hãy chọn một trong: {allowed}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="914" />
      <source>The number of records to show and the number to skip cannot be negative.</source>
      <translation>Số bản ghi cần hiển thị và số bản ghi bỏ qua không được là số âm.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="915" />
      <source>No document {id} was received (or the hamlet withdrew it).</source>
      <translation>Không có văn bản {id} trong số văn bản đã nhận (hoặc thôn đã thu hồi văn bản đó).</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="920" />
      <source>an e-mail address, e.g. vanphong@xa.gov.vn</source>
      <translation>một địa chỉ thư điện tử, ví dụ vanphong@xa.gov.vn</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="922" />
      <source>the mail server's name or address, e.g. smtp.gmail.com</source>
      <translation>tên hoặc địa chỉ máy chủ thư, ví dụ smtp.gmail.com</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="923" />
      <source>a port number from 1 to 65535</source>
      <translation>số cổng từ 1 đến 65535</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="924" />
      <source>the account's user name, without spaces</source>
      <translation>tên đăng nhập của tài khoản, không có dấu cách</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="925" />
      <source>a number of days from 0 (never) to 60, e.g. 3</source>
      <translation>số ngày từ 0 (không bao giờ) đến 60, ví dụ 3</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="927" />
      <source>a folder name of letters, digits, spaces and . _ / -, e.g. INBOX</source>
      <translation>tên thư mục gồm chữ, số, dấu cách và . _ / -, ví dụ INBOX</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="928" />
      <source>the account's password, on one line</source>
      <translation>mật khẩu của tài khoản, trên một dòng</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="930" />
      <source>a certificate file (.pem or .crt) of the mail server or its authority</source>
      <translation>tệp chứng thư (.pem hoặc .crt) của máy chủ thư hoặc của tổ chức cấp chứng thư cho máy chủ đó</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="935" />
      <source>Meeting {number} is already in the trash. Restore it from the Trash page if it was deleted by mistake.</source>
      <translation>Cuộc họp số {number} đã ở trong thùng rác. Nếu xóa nhầm, hãy khôi phục ở trang Thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="937" />
      <source>Meeting {number} is not in the trash; there is nothing to restore.</source>
      <translation>Cuộc họp số {number} không ở trong thùng rác nên không có gì để khôi phục.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="938" />
      <source>The event of {label} is already in the trash. Restore it from the Trash page if it was deleted by mistake.</source>
      <translation>Vụ, việc ngày {label} đã ở trong thùng rác. Nếu xóa nhầm, hãy khôi phục ở trang Thùng rác.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="940" />
      <source>The event of {label} is not in the trash; there is nothing to restore.</source>
      <translation>Vụ, việc ngày {label} không ở trong thùng rác nên không có gì để khôi phục.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="941" />
      <source>Meeting {number} cannot be deleted: its signed paper {document} is kept in the register of issued documents. If the meeting was recorded by mistake, move that document to the trash first.</source>
      <translation>Không thể xóa cuộc họp số {number}: văn bản đã ký {document} của cuộc họp đang được lưu trong sổ văn bản đã ban hành. Nếu cuộc họp bị ghi nhầm, hãy chuyển văn bản đó vào thùng rác trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="944" />
      <source>Meeting {number} cannot be deleted: the tasks it assigned were reviewed at meeting {later} on {date}. Delete that meeting first, or correct this one instead of deleting it.</source>
      <translation>Không thể xóa cuộc họp số {number}: các nhiệm vụ cuộc họp này giao đã được kiểm điểm tại cuộc họp số {later} ngày {date}. Hãy xóa cuộc họp đó trước, hoặc sửa lại cuộc họp này thay vì xóa.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="947" />
      <source>Meeting {number} cannot be restored: the task "{task}" it reviewed was reviewed again at meeting {later}. Delete that meeting first if it was recorded by mistake.</source>
      <translation>Không thể khôi phục cuộc họp số {number}: nhiệm vụ "{task}" mà cuộc họp này đã kiểm điểm nay đã được kiểm điểm lại tại cuộc họp số {later}. Nếu cuộc họp đó bị ghi nhầm, hãy xóa nó trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="95" />
      <source>The database file {path} is damaged or is not a Sổ Thôn database ({detail}). Restore a backup.</source>
      <translation>Tệp cơ sở dữ liệu {path} bị hỏng hoặc không phải cơ sở dữ liệu của Sổ Thôn ({detail}). Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="950" />
      <source>The event of {label} cannot be deleted: it is linked to mediation case {case}. Correct the event and remove the link to the case first.</source>
      <translation>Không thể xóa vụ, việc ngày {label}: vụ, việc này gắn với vụ hòa giải số {case}. Hãy sửa vụ, việc và bỏ liên kết với vụ hòa giải trước.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="98" />
      <source>The backup file {path} does not exist.</source>
      <translation>Không tìm thấy tệp sao lưu {path}.</translation>
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="99" />
      <source>The backup file {path} is damaged ({detail}); it was not restored.</source>
      <translation>Tệp sao lưu {path} bị hỏng ({detail}); chưa khôi phục.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/backups.py" line="49" />
      <source>(not set up)</source>
      <translation>(chưa thiết lập)</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="875" />
      <source>Nothing was recorded from {from} to {to} (no event, no activity): the records cannot show this criterion; answer it yourself.</source>
      <translation>Từ {from} đến {to} chưa ghi nhận gì (không có vụ việc, không có hoạt động): số liệu không thể chứng minh tiêu chí này; đề nghị đồng chí tự đánh giá.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="877" />
      <source>No registration of the households for the movement in the period ({households} households live here).</source>
      <translation>Trong kỳ chưa có đăng ký tham gia phong trào của các hộ gia đình (địa bàn có {households} hộ đang cư trú).</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="879" />
      <source>The register has no household yet: the share of households registered cannot be computed.</source>
      <translation>Sổ theo dõi chưa có hộ gia đình nào: chưa tính được tỷ lệ hộ gia đình đăng ký.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="881" />
      <source>{registered} of {households} households registered ({percent} %) on {on}.</source>
      <translation>{registered}/{households} hộ gia đình đã đăng ký ({percent} %) ngày {on}.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="882" />
      <source>The hamlet registered in quarter I ({on}).</source>
      <translation>Khu dân cư đã đăng ký trong quý I (ngày {on}).</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="883" />
      <source>The first registration was on {on}, after quarter I.</source>
      <translation>Lần đăng ký đầu tiên là ngày {on}, sau quý I.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="884" />
      <source>{sessions} propaganda sessions with {attendees} attendees; {copies} copies of handbooks and leaflets distributed. Whether policy and local rules were fully carried out is for you to answer.</source>
      <translation>{sessions} buổi tuyên truyền với {attendees} lượt người dự; cấp phát {copies} bản sổ tay, tờ rơi. Việc triển khai đầy đủ chủ trương, chính sách và quy định của địa phương do đồng chí đánh giá.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="887" />
      <source>No event of Art. 4.3 (a–g) recorded in the period.</source>
      <translation>Trong kỳ không ghi nhận trường hợp nào thuộc khoản 3 Điều 4 (điểm a–g).</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="888" />
      <source>{count} events of Art. 4.3 recorded in the period: {types}.</source>
      <translation>Trong kỳ ghi nhận {count} vụ việc thuộc khoản 3 Điều 4: {types}.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="889" />
      <source>{count} crime and social-evil events in the period; the previous period has no records to compare with.</source>
      <translation>Trong kỳ có {count} vụ tội phạm, tệ nạn xã hội; kỳ trước không có số liệu để so sánh.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="891" />
      <source>{count} crime and social-evil events, against {previous} in the previous period ({previous_from} – {previous_to}).</source>
      <translation>{count} vụ tội phạm, tệ nạn xã hội, so với {previous} vụ kỳ trước (từ {previous_from} đến {previous_to}).</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="893" />
      <source>{count} particularly serious crimes in the period.</source>
      <translation>Trong kỳ có {count} vụ đặc biệt nghiêm trọng.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="894" />
      <source>No self-governing model recorded.</source>
      <translation>Chưa ghi nhận mô hình tự quản nào.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="895" />
      <source>{working} of {count} self-governing models working ({effective} rated effective).</source>
      <translation>{working}/{count} mô hình tự quản đang hoạt động ({effective} mô hình hoạt động hiệu quả).</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="896" />
      <source>The party cell's meeting {number} of {on} resolved on security and order in quarter I.</source>
      <translation>Chi bộ đã ra nghị quyết về an ninh, trật tự trong quý I tại cuộc họp số {number} ngày {on}.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="898" />
      <source>The party cell met {count} times in quarter I, but no resolution recorded speaks of security and order: answer it yourself.</source>
      <translation>Trong quý I chi bộ họp {count} lần nhưng không có nghị quyết nào được ghi nhận về an ninh, trật tự: đề nghị tự trả lời.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="900" />
      <source>Mediation: {received} cases received, {successful} successful, {unsuccessful} unsuccessful, {in_progress} in progress.</source>
      <translation>Hòa giải: tiếp nhận {received} vụ, việc; thành {successful}, không thành {unsuccessful}, đang giải quyết {in_progress}.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="904" />
      <source>The party cell's resolution in quarter I is not in this copy's records (meetings): answer it yourself.</source>
      <translation>Nghị quyết của chi bộ trong quý I chưa có trong dữ liệu (sinh hoạt, hội họp) của máy này: đề nghị đồng chí tự đánh giá.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="906" />
      <source>Without records of the previous period the comparison cannot be made: answer it yourself.</source>
      <translation>Không có số liệu kỳ trước nên chưa so sánh được: đề nghị đồng chí tự đánh giá.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/security.py" line="919" />
      <source>No data source for {provider}: answer it yourself.</source>
      <translation>Chưa có nguồn số liệu cho {provider}: đề nghị đồng chí tự đánh giá.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="299" />
      <source>the server's name is not found: no Internet, or a mistake in the name</source>
      <translation>không tìm thấy tên máy chủ: chưa có mạng Internet, hoặc tên máy chủ bị ghi sai</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="301" />
      <source>the server refused the connection: check the port</source>
      <translation>máy chủ từ chối kết nối: hãy kiểm tra số cổng</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="303" />
      <source>no answer in time: the network is slow or down</source>
      <translation>quá lâu không có trả lời: mạng chậm hoặc mất mạng</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="306" />
      <source>the connection was cut</source>
      <translation>kết nối bị ngắt giữa chừng</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="308" />
      <source>no network</source>
      <translation>không có mạng</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="319" />
      <source>the certificate is not valid yet</source>
      <translation>chứng thư chưa đến ngày có hiệu lực</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="319" />
      <source>the certificate has expired</source>
      <translation>chứng thư đã hết hạn</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="320" />
      <source>a self-signed certificate</source>
      <translation>chứng thư tự ký</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="320" />
      <source>a self-signed certificate in the chain</source>
      <translation>trong chuỗi có chứng thư tự ký</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="321" />
      <source>issued by an authority this computer does not know</source>
      <translation>do một tổ chức cấp chứng thư mà máy này không biết cấp</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="323" />
      <source>the certificate was revoked</source>
      <translation>chứng thư đã bị thu hồi</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="557" />
      <source>Sổ Thôn bundle from {unit}, no. {sequence}</source>
      <translation>Gói Sổ Thôn của {unit}, số {sequence}</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="565" />
      <source>This message carries a Sổ Thôn bundle (the attached file). The commune imports it with Sổ Thôn (sothon fetch-mail) and the signed receipt comes back by e-mail. Do not open or change the file.</source>
      <translation>Thư này kèm một gói Sổ Thôn (tệp đính kèm). Xã nhập gói bằng Sổ Thôn (sothon fetch-mail) và giấy biên nhận có chữ ký sẽ được gửi lại qua thư điện tử. Xin đừng mở hoặc sửa tệp.</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="744" />
      <source>Sổ Thôn receipt from {unit} for bundle no. {sequence}</source>
      <translation>Giấy biên nhận Sổ Thôn của {unit} cho gói số {sequence}</translation>
    </message>
    <message>
      <location filename="desktop_app/services/transport/mail.py" line="752" />
      <source>The signed receipt of your Sổ Thôn bundle is attached. Sổ Thôn reads it by itself when the hamlet's mailbox is set up (imap_host); otherwise import it with: sothon receipt import FILE.</source>
      <translation>Kèm theo đây là giấy biên nhận có chữ ký cho gói Sổ Thôn của thôn. Sổ Thôn tự đọc giấy này khi hộp thư của thôn đã được thiết lập (imap_host); nếu chưa, hãy nhập bằng lệnh: sothon receipt import FILE.</translation>
    </message>
  </context>
</TS>
