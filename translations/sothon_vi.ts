<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>sothon</name>
    <message>
      <location filename="desktop_app/cli.py" line="143" />
      <source>Passphrase for {profile}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="158" />
      <source>New passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="159" />
      <source>Repeat the passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="213" />
      <source>Set up {unit} ({code}) in {commune}, {province}. Profile: {profile}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="229" />
      <source>Added {households} households and {residents} residents of demo data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="245" />
      <source>{households} households, {residents} residents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="261" />
      <source>household {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="262" />
      <source>Nobody found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="272" />
      <source>Template written to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="283" />
      <source>{new} new, {changed} changed, {unchanged} unchanged residents; {households_new} new households.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="286" />
      <source>Nothing was written (--dry-run).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="291" />
      <source>Exported {count} residents to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="333" />
      <source>Backup written to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="344" />
      <source>Restored {path}. The database as it was is kept in {safety}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="36" />
      <source>Sổ Thôn — the hamlet book.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="37" />
      <source>data directory (default: SOTHON_DATA_DIR or the user data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="38" />
      <source>language of messages: vi or en</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="39" />
      <source>profile to act as (default: the default profile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="41" />
      <source>open the window, wait until the first page shows data, then exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="47" />
      <source>print one JSON document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="50" />
      <source>set up a new data directory for a hamlet or a commune</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="59" />
      <source>fill an initialised data directory with realistic demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="64" />
      <source>count the records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="66" />
      <source>find residents by name or personal ID number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="69" />
      <source>include people who died or moved away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="71" />
      <source>the household register: import, export, template, list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="73" />
      <source>import households and residents from .xlsx or .csv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="75" />
      <source>check and count, write nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="77" />
      <source>export the register to .xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="80" />
      <source>write a blank import template (.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="83" />
      <source>list households</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="86" />
      <source>show one resident with the history of their record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="89" />
      <source>write a backup copy of the database now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="90" />
      <source>file to write (default: the backups folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/cli.py" line="91" />
      <source>replace the database with a backup (after checking it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="101" />
      <source>{path} is not a spreadsheet Sổ Thôn can read. Use .xlsx or .csv.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="102" />
      <source>The spreadsheet has no data rows under its header row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="103" />
      <source>No header row was found. The first row must name the columns, e.g. "Họ và tên", "Ngày sinh".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="106" />
      <source>The spreadsheet has no column for: {columns}. Rename the header or map the column.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="109" />
      <source>Two columns are both mapped to {column}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="110" />
      <source>{count} rows are invalid; nothing was imported. Fix them and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="111" />
      <source>The personal ID number {value} appears again in row {other_row}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="114" />
      <source>Household {number} has more than one head ("Chủ hộ") in the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="115" />
      <source>"{value}" is not a known relation to the household head.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="116" />
      <source>"{value}" is not a residence type. Use Thường trú, Tạm trú, Tạm vắng or Lưu trú.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="119" />
      <source>"{value}" is not a sex. Use Nam or Nữ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="120" />
      <source>"{value}" is not a valid date. Use dd/mm/yyyy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="128" />
      <source>Unexpected error ({code}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="137" />
      <source>Row {row}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="140" />
      <source>male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="140" />
      <source>female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="15" />
      <source>The full name is empty. Type the person's full name, family name first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="16" />
      <source>The full name is {length} characters long; at most 120 are allowed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="17" />
      <source>The name "{value}" contains digits. Type the name as it is on the ID card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="18" />
      <source>The sex of {name} is missing. Choose Male or Female.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="19" />
      <source>"{value}" is not a valid date of birth. Use dd/mm/yyyy (for example 05/01/1980) or a year alone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="22" />
      <source>The date of birth {value} is in the future. Check the year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="23" />
      <source>The personal ID number "{value}" may only contain digits. Copy the 12 digits from the ID card.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="26" />
      <source>The personal ID number "{value}" has {length} digits; it must have exactly 12.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="29" />
      <source>The personal ID number {value} belongs to a {id_sex} person (4th digit), but the record says {sex}. Check the sex or the number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="33" />
      <source>The personal ID number {value} says born in {id_year} (digits 4–6), but the date of birth says {year}. Check the year or the number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="37" />
      <source>The personal ID number {value} is already recorded for {other}. One number belongs to one person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="40" />
      <source>"{value}" is not a Vietnamese phone number. Use 10 digits starting with 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="41" />
      <source>The residence end date {end} is before its start date {start}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="42" />
      <source>A temporary residence registration lasts at most 2 years; shorten the end date or renew it later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="45" />
      <source>The household number is empty. Give every household a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="46" />
      <source>The household number "{value}" is too long (at most 20 characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="47" />
      <source>Household number {value} already exists in this hamlet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="48" />
      <source>Household {number} still has {count} members. Move them to another household first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="51" />
      <source>The new household head must be a current member of the household.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="52" />
      <source>{name} no longer lives here (moved away or died); the change is not allowed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="53" />
      <source>The date {value} is not valid for this event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="54" />
      <source>The {kind} you asked for does not exist (it may have been deleted).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="56" />
      <source>This data directory is already set up for {unit}. Choose another directory to start afresh.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="59" />
      <source>This data directory has not been set up yet. Run the first-run wizard or 'sothon init' first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="62" />
      <source>There is no province or city with code {value}. Check the official code list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="63" />
      <source>There is no commune or ward with code {value} in {province}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="64" />
      <source>The hamlet or residential-group name is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="65" />
      <source>The unit code "{value}" is not valid. Use the commune code, a hyphen and a short name in lower-case letters without accents, e.g. 17380-thon-dong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="69" />
      <source>The head's full name is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="70" />
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="71" />
      <source>A passphrase is needed to open profile {profile}. Type it, or set SOTHON_PASSPHRASE.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="74" />
      <source>The passphrase for profile {profile} is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="75" />
      <source>There is no profile named {profile}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="76" />
      <source>A profile named {profile} already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="78" />
      <source>Cannot write to the data directory {path}. Choose a folder you can write to, or fix its permissions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="81" />
      <source>This database was written by a newer version of Sổ Thôn (schema {revision}). Install the newer version to open it; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="85" />
      <source>The database file {path} is damaged or is not a Sổ Thôn database ({detail}). Restore a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="88" />
      <source>The backup file {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="89" />
      <source>The backup file {path} is damaged ({detail}); it was not restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="90" />
      <source>The file {path} is not a Sổ Thôn database; it was not restored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="91" />
      <source>This data directory already holds {count} records. Use --force to add demo data anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="94" />
      <source>Commune-scale demo data needs a commune data directory.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="96" />
      <source>The file {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="97" />
      <source>The file {path} cannot be read: {detail}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="desktop_app/messages.py" line="98" />
      <source>Cannot write {path}: {detail}. Choose another folder, or close the file if another program has it open.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
