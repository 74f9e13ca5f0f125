"""The core's error codes and their English texts; ``render`` shows one in the current language.

Every ``SothonError`` code raised by ``domain``/``services``/``storage``/``interchange`` has an entry
here. Placeholders name the error's parameters. A test checks that every code raised in the package
has an entry and every entry a Vietnamese translation.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.clock import VN_TZ
from desktop_app.domain.errors import RowErrors, SothonError
from desktop_app.i18n import N_, format_date, format_number, tr

MESSAGES: dict[str, str] = {
    # people
    "name_required": N_("The full name is empty. Type the person's full name, family name first."),
    "name_too_long": N_("The full name is {length} characters long; at most 120 are allowed."),
    "name_has_digits": N_("The name \"{value}\" contains digits. Type the name as it is on the ID card."),
    "sex_required": N_("The sex of {name} is missing. Choose Male or Female."),
    "birth_date_invalid": N_(
        "\"{value}\" is not a valid date of birth. Use dd/mm/yyyy (for example 05/01/1980) or a year alone."
    ),
    "birth_date_future": N_("The date of birth {value} is in the future. Check the year."),
    "personal_id_not_digits": N_(
        "The personal ID number \"{value}\" may only contain digits. Copy the 12 digits from the ID card."
    ),
    "personal_id_length": N_(
        "The personal ID number \"{value}\" has {length} digits; it must have exactly 12."
    ),
    "personal_id_sex_mismatch": N_(
        "The personal ID number {value} belongs to a {id_sex} person (4th digit), but the record says"
        " {sex}. Check the sex or the number."
    ),
    "personal_id_year_mismatch": N_(
        "The personal ID number {value} says born in {id_year} (digits 4–6), but the date of birth says"
        " {year}. Check the year or the number."
    ),
    "personal_id_duplicate": N_(
        "The personal ID number {value} is already recorded for {other}. One number belongs to one person."
    ),
    "phone_invalid": N_("\"{value}\" is not a Vietnamese phone number. Use 10 digits starting with 0."),
    "residence_dates_order": N_("The residence end date {end} is before its start date {start}."),
    "temporary_residence_too_long": N_(
        "A temporary residence registration lasts at most 2 years; shorten the end date or renew it later."
    ),
    "household_number_required": N_("The household number is empty. Give every household a number."),
    "household_number_too_long": N_("The household number \"{value}\" is too long (at most 20 characters)."),
    "household_number_duplicate": N_("Household number {value} already exists in this hamlet."),
    "household_has_members": N_(
        "Household {number} still has {count} members. Move them to another household first."
    ),
    "head_must_be_member": N_("The new household head must be a current member of the household."),
    "resident_not_present": N_("{name} no longer lives here (moved away or died); the change is not allowed."),
    "event_date_invalid": N_("The date {value} is not valid for this event."),
    "not_found": N_("The {kind} you asked for does not exist (it may have been deleted)."),
    # set-up and profiles
    "already_initialised": N_(
        "This data directory is already set up for {unit}. Choose another directory to start afresh."
    ),
    "not_initialised": N_(
        "This data directory has not been set up yet. Run the first-run wizard or 'sothon init' first."
    ),
    "province_unknown": N_("There is no province or city with code {value}. Check the official code list."),
    "commune_unknown": N_("There is no commune or ward with code {value} in {province}."),
    "unit_name_required": N_("The hamlet or residential-group name is empty."),
    "unit_code_invalid": N_(
        "The unit code \"{value}\" is not valid. Use the commune code, a hyphen and a short name in"
        " lower-case letters without accents, e.g. 17380-thon-dong."
    ),
    "head_name_required": N_("Your full name is empty. Type the full name of the person setting up Sổ Thôn."),
    "passphrase_too_short": N_("The passphrase must have at least {minimum} characters."),
    "passphrase_required": N_(
        "A passphrase is needed to open profile {profile}. Type it, or set SOTHON_PASSPHRASE."
    ),
    "passphrase_wrong": N_("The passphrase for profile {profile} is wrong."),
    "profile_unknown": N_("There is no profile named {profile}."),
    "profile_exists": N_("A profile named {profile} already exists."),
    "profile_not_allowed": N_(
        "Only the hamlet head or a commune officer can add people who use Sổ Thôn; {profile} cannot."
    ),
    "profile_name_invalid": N_(
        "\"{value}\" cannot be a profile name. Use 2–60 lower-case letters without accents, digits, dots or"
        " hyphens, e.g. tran.thi.hoa."
    ),
    # storage
    "data_dir_unwritable": N_(
        "Cannot write to the data directory {path}. Choose a folder you can write to, or fix its permissions."
    ),
    "database_newer": N_(
        "This database was written by a newer version of Sổ Thôn (schema {revision}). Install the newer"
        " version to open it; nothing was changed."
    ),
    "database_corrupt": N_(
        "The database file {path} is damaged or is not a Sổ Thôn database ({detail}). Restore a backup."
    ),
    "backup_not_found": N_("The backup file {path} does not exist."),
    "backup_corrupt": N_("The backup file {path} is damaged ({detail}); it was not restored."),
    "restore_failed": N_(
        "The backup {path} could not be restored ({detail}). Close other programs that use the data folder"
        " and try again; the current data is unchanged."
    ),
    "restore_other_unit": N_(
        "The backup {path} holds the data of {backup_unit}, not of this copy's {this_unit}. Restoring it"
        " would replace this unit's data, key and profiles. Nothing was changed. If that is really what you"
        " want, confirm it (on the command line: --replace-unit)."
    ),
    "backup_not_sothon": N_("The file {path} is not a Sổ Thôn database; it was not restored."),
    "demo_not_empty": N_(
        "This data directory already holds {count} records. Use --force to add demo data anyway."
    ),
    "demo_scale_role": N_("Commune-scale demo data needs a commune data directory."),
    # identity and signatures
    "identity_missing": N_(
        "There is no key for {profile} yet. Sign in as {profile} and sign a document or run 'sothon identity"
        " show' to make it."
    ),
    "pdf_unreadable": N_("This file is not a PDF Sổ Thôn can read ({detail})."),
    "pdf_sign_failed": N_("The PDF cannot be signed: {detail}."),
    "certificate_unreadable": N_(
        "The certificate file cannot be read: {detail}. Use the PEM file written by 'sothon identity export-cert'."
    ),
    "document_kind_unknown": N_("There is no document kind \"{kind}\". Known kinds: {known}."),
    "document_record_required": N_("The document kind {kind} is made for one {record}: give its id (--id)."),
    "document_year_invalid": N_(
        "\"{value}\" is not a valid year for {kind}; use a four-digit year such as 2026."
    ),
    "signature_missing": N_("The PDF has no signature."),
    "signature_invalid": N_(
        "The signature does not match the document: it was altered after signing, or the signature is damaged."
    ),
    "signature_altered": N_("The document was changed after it was signed."),
    "signer_untrusted": N_("The signature is intact, but the signer is not among the trusted certificates."),
    # bundles
    "bundle_not_zip": N_(
        "This file is not a Sổ Thôn bundle (not a zip file): {detail}."
    ),
    "bundle_truncated": N_(
        "The bundle is incomplete (cut short or missing bytes): {detail}. Copy it again from the sender."
    ),
    "bundle_corrupt": N_(
        "The bundle is damaged: {detail}. Ask the sender for a new copy."
    ),
    "bundle_entry_unsupported": N_(
        "The bundle uses a zip feature the format does not allow: {detail}."
    ),
    "bundle_too_many_entries": N_(
        "The bundle holds too many files ({detail}; at most {limit})."
    ),
    "bundle_too_large": N_(
        "The bundle or a file in it is too large: {detail}."
    ),
    "bundle_compression_ratio": N_(
        "A file in the bundle expands suspiciously when unpacked ({detail}); it was not opened."
    ),
    "bundle_unsafe_path": N_(
        "The bundle contains an unsafe file name or link ({detail}); it was refused."
    ),
    "bundle_duplicate_entry": N_(
        "The bundle contains the file {detail} twice."
    ),
    "bundle_unlisted_file": N_(
        "The bundle contains a file that should not be there: {detail}."
    ),
    "bundle_missing_file": N_(
        "A file is missing from the bundle: {detail}."
    ),
    "bundle_hash_mismatch": N_(
        "A file in the bundle was changed after it was signed ({detail})."
    ),
    "bundle_signer_invalid": N_(
        "The bundle's certificate cannot be used to check its signature: {detail}."
    ),
    "bundle_signature_invalid": N_(
        "The bundle's signature is not valid: its manifest was changed or signed by another key."
    ),
    "bundle_signer_mismatch": N_(
        "The certificate in the bundle is not the one its manifest names ({detail})."
    ),
    "bundle_sender_mismatch": N_(
        "The bundle says it comes from {sender}, but it was signed with the certificate of {unit}."
    ),
    "bundle_signer_untrusted": N_(
        "The bundle was signed by a certificate you do not trust (fingerprint {fingerprint})."
    ),
    "bundle_schema_invalid": N_(
        "The bundle's content does not follow the format: {detail}."
    ),
    "bundle_version_unsupported": N_(
        "The bundle uses format version {version}; this program reads up to version {supported}. Update Sổ Thôn."
    ),
    "bundle_counts_mismatch": N_(
        "The record counts in the bundle's manifest do not match its data ({detail})."
    ),
    "bundle_party_in_government": N_(
        "Party records cannot go in a government bundle ({detail})."
    ),
    "bundle_wrong_recipient": N_(
        "The bundle is encrypted for another recipient (certificate {fingerprint})."
    ),
    "bundle_decrypt_failed": N_(
        "The bundle could not be decrypted: {detail}."
    ),
    "bundle_invalid_input": N_(
        "The bundle cannot be written because the data is not valid: {detail}."
    ),
    "bundle_recipient_cert_invalid": N_(
        "The recipient's encryption certificate ({fingerprint}) is not valid or was not issued by the recipient's signing certificate."
    ),
    "bundle_exists": N_(
        "A bundle named {path} already exists; it was not overwritten."
    ),
    "bundle_document_missing": N_(
        "The bundle describes a document it does not contain ({detail})."
    ),
    "bundle_document_mismatch": N_(
        "A document in the bundle is not the one its record describes ({detail})."
    ),
    "bundle_document_unreferenced": N_(
        "The bundle contains a document no record describes ({detail})."
    ),
    "bundle_kind_unknown": N_(
        "\"{kind}\" is not a kind of bundle. Use government or party."
    ),
    # exchange (hamlet side)
    "recipient_cert_invalid": N_(
        "The file {path} is not a valid commune certificate file: it must hold the commune's signing certificate"
        " followed by the encryption certificate issued by it. Ask the commune for the file written by"
        " 'sothon identity export-cert'."
    ),
    "recipient_is_own_unit": N_(
        "This certificate ({fingerprint}) belongs to this unit itself, not to the commune. Use the certificate"
        " file the commune gave you."
    ),
    "recipient_wrong_unit": N_(
        "This certificate belongs to unit {code}, not to this hamlet's commune ({commune}). Use the certificate"
        " file of your own commune."
    ),
    "recipient_missing": N_(
        "No commune is registered to send bundles to. Ask the commune for its certificate file and run"
        " 'sothon recipient set CERT' first."
    ),
    "recipient_kind_unknown": N_(
        "\"{kind}\" is not a kind of recipient. Use one of: {known}."
    ),
    "party_recipient_missing": N_(
        "No party committee is registered to send party bundles to. Ask the commune's party committee for its"
        " certificate file and run 'sothon recipient set CERT --party' first."
    ),
    "export_party_not_secretary": N_(
        "Only the party cell secretary can sign and export party bundles; {profile} cannot. Sign in as the"
        " party cell secretary."
    ),
    "receipt_invalid": N_(
        "The file is not a valid Sổ Thôn receipt ({detail}). Ask the recipient to write it again."
    ),
    "receipt_signature_invalid": N_(
        "The receipt's signature does not match its content: it was altered or damaged. Ask for it again."
    ),
    "receipt_signer_untrusted": N_(
        "The receipt is not signed by a registered recipient (certificate {fingerprint}). Only receipts from the"
        " commune or party committee registered on this copy are accepted."
    ),
    "receipt_not_for_this_unit": N_(
        "This receipt answers a bundle from {sender}, not from this unit ({unit})."
    ),
    "receipt_unknown_bundle": N_(
        "This receipt answers bundle {sequence}, which is not in the outbox of this copy."
    ),
    "receipt_bundle_mismatch": N_(
        "This receipt does not match bundle {sequence} as it was sent ({detail})."
    ),
    "receipt_reason_required": N_(
        "Say why the bundle is rejected, so that the hamlet can put it right."
    ),
    "receipt_reason_too_long": N_(
        "The reason is {length} characters long; a receipt holds at most {limit}. Shorten it."
    ),
    "bundle_not_for_this_unit": N_(
        "This bundle is addressed to {recipient}, not to this unit ({unit})."
    ),
    "document_not_signed": N_(
        "The {kind} is not signed; only signed documents are kept in the register of issued documents."
    ),
    "export_not_key_holder": N_(
        "Only {holder}, who holds this unit's key, can sign and export bundles; {profile} cannot. Sign in as"
        " {holder} to export."
    ),
    "outbox_transition_invalid": N_(
        "Bundle {sequence} is {state}; it cannot become {new}."
    ),
    # import and export
    "file_not_found": N_("The file {path} does not exist."),
    "file_exists": N_(
        "{path} already exists with other content; nothing was written. Choose an empty folder."
    ),
    "file_unreadable": N_("The file {path} cannot be read: {detail}."),
    "file_unwritable": N_(
        "Cannot write {path}: {detail}. Choose another folder, or close the file if another program has it open."
    ),
    "file_type_unsupported": N_("{path} is not a spreadsheet Sổ Thôn can read. Use .xlsx or .csv."),
    "spreadsheet_too_large": N_(
        "The spreadsheet has more than {limit} data rows; Sổ Thôn reads at most {limit}. Split the file and"
        " import each part."
    ),
    "spreadsheet_file_too_large": N_(
        "The file {path} is {size_mb} MB; Sổ Thôn reads spreadsheets of at most {limit} MB. Split the file"
        " and import each part."
    ),
    "spreadsheet_part_too_large": N_(
        "The spreadsheet {path} would take {size_mb} MB once opened (part {part}); at most {limit} MB is"
        " allowed. The file is damaged or is not a household list: open it in Excel, copy the list into a new"
        " workbook and save that."
    ),
    "spreadsheet_compression_suspicious": N_(
        "The spreadsheet {path} is packed {ratio} times smaller than its content (part {part}); real"
        " spreadsheets stay under {limit}. It was not opened: the file is damaged or made to stall the"
        " computer. Ask for the list again, or copy it into a new workbook in Excel."
    ),
    "spreadsheet_too_wide": N_(
        "The spreadsheet has cells beyond column {column}; Sổ Thôn reads at most {limit} columns. Delete the"
        " columns after the list (select them in Excel, right-click, Delete) and save again."
    ),
    "spreadsheet_too_many_cells": N_(
        "The spreadsheet has more than {limit} cells; Sổ Thôn reads at most {limit}. Delete the columns and"
        " rows that are not part of the list, or split the file."
    ),
    "spreadsheet_too_many_strings": N_(
        "The spreadsheet holds more than {limit} different texts; Sổ Thôn reads at most {limit}. Split the"
        " file and import each part."
    ),
    "spreadsheet_cell_too_long": N_(
        "A cell of the spreadsheet holds more than {limit} characters, more than Excel itself allows. The"
        " file is damaged or is not a household list; check it and save it again from Excel."
    ),
    "spreadsheet_repeated_rows": N_(
        "Row {row} appears {count} times or more, each time exactly the same (at most {limit} copies are"
        " read): the sheet was probably filled down by mistake. Delete the repeated rows and import again."
    ),
    "spreadsheet_empty": N_("The spreadsheet has no data rows under its header row."),
    "spreadsheet_no_header": N_(
        "No header row was found. The first row must name the columns, e.g. \"Họ và tên\", \"Ngày sinh\"."
    ),
    "spreadsheet_missing_columns": N_(
        "The spreadsheet has no column for: {columns}. Rename the header or map the column."
    ),
    "spreadsheet_duplicate_column": N_("Two columns are both mapped to {column}."),
    "import_rows_invalid": N_("{count} rows are invalid; nothing was imported. Fix them and try again."),
    "import_duplicate_id_in_file": N_(
        "The personal ID number {value} appears again in row {other_row}."
    ),
    "import_resident_left": N_(
        "{name} is recorded as {status} ({date}). Remove this row, or record their return in the register"
        " first: an old list must not undo a recorded death or move."
    ),
    "import_commune_mode": N_(
        "A commune does not import household lists: each hamlet keeps its own register and sends it to the"
        " commune. Import the list in the hamlet's copy of Sổ Thôn."
    ),
    "import_two_heads": N_("Household {number} has more than one head (\"Chủ hộ\") in the file."),
    "relation_unknown": N_("\"{value}\" is not a known relation to the household head."),
    "residence_type_unknown": N_(
        "\"{value}\" is not a residence type. Use Thường trú, Tạm trú, Tạm vắng or Lưu trú."
    ),
    "sex_unknown": N_("\"{value}\" is not a sex. Use Nam or Nữ."),
    "date_invalid": N_("\"{value}\" is not a valid date. Use dd/mm/yyyy."),
    "document_signer_not_mediator": N_(
        "The {kind} of case {number} names its mediators ({mediators}); {profile} is not one of them, so it"
        " cannot sign it. Sign in with the profile linked to one of the case's mediators, then sign."
    ),
    "document_signer_not_team_leader": N_(
        "The {kind} is signed by the mediation team's leader, {leader}; {profile} cannot sign it. Sign in with"
        " the profile linked to the team leader."
    ),
    "document_no_mediation_team": N_(
        "This unit has no mediation team yet. Set up the team (Mediation, Team) before making its papers."
    ),
    "document_case_outcome": N_(
        "The {kind} is made for a case that ended as {wanted}; case {number} is {status}. Choose a case"
        " with that outcome, or record the outcome first."
    ),
    # mediation
    "mediation_field_required": N_("{field} is empty. Fill it in; nothing was saved."),
    "mediation_date_order": N_(
        "The date {value} given as {field} is before {what} ({other}). Check the dates; nothing was saved."
    ),
    "mediation_date_future": N_(
        "The date {value} given as {field} is in the future. Check the date; nothing was saved."
    ),
    "mediation_birth_year_invalid": N_(
        "\"{value}\" is not a year of birth. Type four digits, e.g. 1975 (field {field})."
    ),
    "mediation_party_name_required": N_(
        "Party {index} has no name. Pick the person from the register or type their full name."
    ),
    "mediation_party_twice": N_("Party {index} is already listed in this case. List each person once."),
    "mediation_parties_required": N_(
        "The case has no party. Add at least one party (an interested person alone is not enough)."
    ),
    "mediation_agreement_required": N_(
        "A successful mediation needs the agreement: what each party will do, how and by when."
    ),
    "mediation_agreement_parties_required": N_(
        "The agreement names no party: the case has none. Add the parties to the case first."
    ),
    "mediation_agreement_obligations_required": N_(
        "The agreement lists no obligation. Write at least one thing a party agreed to do."
    ),
    "mediation_obligation_party_unknown": N_(
        "Obligation {index} is for party {value}, which the case does not have. Choose one of its parties."
    ),
    "mediation_obligation_text_required": N_("Obligation {index} is empty. Write what the party agreed to do."),
    "mediation_deadline_before_agreement": N_(
        "The deadline {value} is before the agreement's date {other}. Choose a later deadline."
    ),
    "mediation_mediators_required": N_("No mediator was chosen. Choose at least one mediator of the team."),
    "mediation_mediator_not_in_team": N_(
        "The mediator chosen is not a current member of the case's team. Choose one of its mediators."
    ),
    "mediation_mediator_is_party": N_(
        "The mediator chosen is a party to this case and cannot mediate it (Art. 18). Choose another mediator."
    ),
    "mediation_member_exists": N_("{name} is already a mediator of this team."),
    "mediation_type_unknown": N_("\"{value}\" is not a case type. Choose one of the statistics types."),
    "mediation_start_ground_unknown": N_(
        "\"{value}\" is not a ground for starting mediation (Art. 16). Choose one of the listed grounds."
    ),
    "mediation_scope_ground_unknown": N_(
        "\"{value}\" is not a ground for referring a case (Art. 3). Choose one of the listed grounds."
    ),
    "mediation_transition_refused": N_(
        "A case that is {status} cannot take the step \"{step}\". Choose one of the steps the case page offers."
    ),
    "mediation_outcome_required": N_(
        "The outcome is missing. Choose successful, unsuccessful or terminated to close the case."
    ),
    "mediation_use_refer": N_("To refer a case to a competent body, use the step \"refer\"."),
    "mediation_period_invalid": N_(
        "\"{value}\" is not a period. Use a year (2026), a quarter (2026-Q3) or a month (2026-07)."
    ),
    "mediation_team_required": N_(
        "Say which mediation team received the case: this hamlet has {count} teams (add one first if none)."
    ),
    "mediation_confidential": N_(
        "Case {number} is confidential: only its mediators and the team leader may see or change it."
    ),
    "mediation_period_not_begun": N_(
        "The period {value} begins on {start}, after today: a report is made for a period that has begun."
    ),
    "mediation_input_invalid": N_("The case file is not valid at {path}: {detail}"),
    # documents
    "document_signer_wrong": N_(
        "The {kind} must be signed by the {role}: {signer}. The profile {profile} cannot sign it, because the"
        " signature block prints the name of who signs. Sign in as {signer} to sign it."
    ),
    "document_date_future": N_(
        "The {kind} is dated {date}, which is later than today ({today}). A document is signed on or after its"
        " date: give today's date or an earlier one (--date)."
    ),
    "document_cosign_not_applicable": N_(
        "The {kind} has one signer; only minutes (secretary and chair) take a co-signature. Leave out --cosigner."
    ),
    "document_cosigner_is_signer": N_(
        "{profile} signs the {kind} already; the co-signer is the other person printed in it (the secretary)."
        " Choose another profile with --cosigner."
    ),
    "document_cosign_not_expected": N_(
        "The {kind} awaits no co-signature: it was signed without naming a co-signer (--cosigner)."
    ),
    "document_already_cosigned": N_("The {kind} is already co-signed by {cosigner}; nothing was changed."),
    "document_cosigner_wrong": N_(
        "The {kind} awaits the co-signature of {cosigner}, whose name it prints; {profile} cannot add it."
        " Sign in as {cosigner} to co-sign."
    ),
    "document_signer_missing": N_(
        "The {kind} must be signed by the {role}, and no profile has that role yet. Add a profile for the"
        " {role} (Settings, Profiles), then sign in as that profile to sign it."
    ),
    # signing on the head's behalf (ký thay)
    "delegation_not_allowed": N_(
        "Only the {role} can let someone sign on their behalf; {profile} cannot. Sign in as the {role}."
    ),
    "delegation_to_self": N_("{profile} signs as the head already: choose the profile of the person who signs"
                             " on the head's behalf (a deputy head)."),
    "delegation_to_head": N_("{profile} has the head's role and signs in their own name: no delegation is"
                             " needed."),
    "delegation_exists": N_(
        "{profile} may already sign on the head's behalf from {start}. Revoke that permission first, or choose"
        " dates that do not overlap it."
    ),
    "delegation_unknown": N_("There is no permission to sign on the head's behalf with the id {id}."),
    "delegation_revoked": N_("This permission was revoked on {date} already; nothing was changed."),
    "delegation_title_required": N_(
        "Give the title printed under \"KT.\" for the person who signs on the head's behalf, for example"
        " \"Phó trưởng thôn\"."
    ),
    "delegation_title_too_long": N_("The title is too long: at most {limit} characters, on one line."),
    "delegation_period_invalid": N_(
        "The permission ends on {end}, before it begins ({start}). Give an end date on or after the start."
    ),
    "delegation_not_deputy": N_(
        "\"KT.\" (signing on the head's behalf) is for the head's deputy: give the deputy's title, beginning with"
        " \"Phó\" (for example \"Phó trưởng thôn\"), not \"{value}\"."
    ),
    "delegation_changed": N_(
        "The permission to sign the {kind} on the head's behalf was revoked or changed while it was being"
        " signed; nothing was kept. Ask the head, then sign again."
    ),
    "delegation_start_past": N_(
        "The permission would begin on {start}, before today ({today}): nobody signs on the head's behalf"
        " after the fact. Give today or a later day."
    ),
    "delegation_revoke_past": N_(
        "A permission is ended from today ({today}) or a later day, not from {date}: what was signed under it"
        " before today stays valid."
    ),
    "delegation_hamlet_only": N_(
        "Signing on the head's behalf (KT.) is set up in a hamlet's copy; a commune's officers sign in their"
        " own names."
    ),
    # commune
    "commune_only": N_(
        "This is the copy of {unit}, not a commune's: hamlets are enrolled and their bundles imported in the"
        " commune's copy."
    ),
    "enrol_cert_invalid": N_("{path} is not a hamlet's signing certificate ({detail})."),
    "commune_due_day_invalid": N_(
        "\"{value}\" is not a day the monthly bundles can be due by: give a day of the next month from 1 to 28,"
        " or \"default\" to go back to day {default}."
    ),
    "enrol_wrong_commune": N_(
        "The certificate belongs to {code}, which is not a hamlet of this commune ({commune})."
    ),
    "enrol_already_enrolled": N_(
        "{code} is already enrolled with another key ({fingerprint}). If the hamlet has a new key, replace the"
        " old one (enroll --replace)."
    ),
    "enrol_key_in_use": N_("This key ({fingerprint}) is already enrolled for {code}."),
    "enrol_key_revoked": N_(
        "This key of {code} ({fingerprint}) was revoked from {day}; it cannot be enrolled again. Ask the hamlet"
        " for its new certificate."
    ),
    "enrol_unknown": N_("No hamlet with the code {code} is enrolled."),
    "enrol_no_current_key": N_("{code} has no current key to revoke: every key of it is revoked already."),
    "import_sender_unknown": N_(
        "The bundle comes from {sender}, which is not enrolled here. Enrol the hamlet from its certificate file"
        " first, after comparing the fingerprint with the hamlet."
    ),
    "import_key_revoked": N_(
        "The bundle was signed on {created} with a key of {sender} that no longer counts from {day}. Ask the"
        " hamlet for a bundle signed with its new key."
    ),
    "import_party_bundle": N_("This is a party bundle: it goes to the party committee, not to the commune."),
    "import_sequence_conflict": N_(
        "Bundle {sequence} of {sender} was already imported, but from another file (SHA-256 {imported_sha256},"
        " this one {sha256}): two copies of the hamlet are sending. Nothing was imported."
    ),
    "import_chain_broken": N_(
        "Bundle {sequence} of {sender} does not follow the bundle imported before it (it names SHA-256"
        " {previous_sha256}, the imported one is {expected_sha256}). Nothing was imported."
    ),
    "import_file_changed": N_("The file {path} changed while it was being imported. Nothing was imported."),
    "import_records_invalid": N_(
        "{count} records of the bundle cannot be imported; the first: {first} Nothing was imported."
    ),
    "import_record_type_unknown": N_("record {id}: the record type {type} is unknown to this version."),
    "import_record_duplicate": N_("record {id} appears twice in the bundle."),
    "import_record_wrong_unit": N_("record {id} belongs to {unit}, not to the sender {sender}."),
    "import_record_foreign": N_("record {id} is held already for another hamlet ({unit})."),
    "import_version_backwards": N_(
        "record {id} comes with version {version}, older than version {held} already imported from an earlier"
        " bundle."
    ),
    # meetings
    "meeting_kind_unknown": N_("\"{value}\" is not a kind of meeting. Use one of: {known}."),
    "meeting_grade_unknown": N_("\"{value}\" is not a meeting grade. Use one of: {known}."),
    "meeting_vote_count_invalid": N_(
        "Vote {index}: \"{value}\" is not a number of votes ({field}). Type a whole number, 0 or more; nothing"
        " was saved."
    ),
    "meeting_vote_over_present": N_(
        "Vote {index} counts {cast} votes (for, against and abstaining), but only {present} who may vote are"
        " present. Check the counts; nothing was saved."
    ),
    "meeting_ballot_member_unknown": N_(
        "Vote {index}: the ballot of {value} names nobody of the party cell. Choose a member; nothing was saved."
    ),
    "meeting_probationary_vote": N_(
        "Vote {index}: {value} is a probationary member, and probationary members do not vote (Party Charter,"
        " Art. 3). Remove this ballot; nothing was saved."
    ),
    "meeting_ballot_absent": N_(
        "Vote {index}: {value} is not marked present, so cannot vote. Check the roll call; nothing was saved."
    ),
    "meeting_ballot_twice": N_("Vote {index}: {value} has two ballots. Each member votes once; nothing was saved."),
    "meeting_vote_choice_invalid": N_(
        "Vote {index}: \"{value}\" is not a choice. Use in_favour, against or abstain; nothing was saved."
    ),
    "meeting_motion_required": N_("Vote {index} has no motion. Write what was put to the vote; nothing was saved."),
    "meeting_review_task_unknown": N_(
        "Review {index} names a task ({value}) that is not an open task of the previous meeting of this body."
        " Choose one from the checklist; nothing was saved."
    ),
    "meeting_review_twice": N_("Review {index}: the task {value} is reviewed twice. Review it once."),
    "meeting_review_state_invalid": N_(
        "Review {index}: \"{value}\" is not a review. Mark the task done, carried_over or dropped."
    ),
    "meeting_chair_required": N_("The minutes name no chair. Say who chaired the meeting; nothing was saved."),
    "meeting_secretary_required": N_(
        "The minutes name no secretary. Say who kept the minutes; nothing was saved."
    ),
    "meeting_end_before_start": N_(
        "The meeting ends at {end}, which is not after its start at {start}. Check the times; nothing was saved."
    ),
    "meeting_date_future": N_(
        "The meeting is dated {value}, later than today, but recorded as held. Check the date; nothing was saved."
    ),
    "meeting_time_invalid": N_("\"{value}\" is not a time ({field}). Use hh:mm, e.g. 08:00; nothing was saved."),
    "meeting_task_owner_unknown": N_(
        "Task {index}: the owner {value} is neither a resident of the register nor a member of the party cell."
        " Choose the person from the register or the cell's members; nothing was saved."
    ),
    "meeting_task_text_required": N_("Task {index} is empty. Write what is to be done; nothing was saved."),
    "meeting_attendee_unknown": N_(
        "Attendance {index}: {value} is not a member of the party cell nor a household of the register. Choose"
        " from the lists; nothing was saved."
    ),
    "meeting_attendee_twice": N_("Attendance {index}: {value} is listed twice. List each person once."),
    "meeting_attendance_invalid": N_(
        "Attendance {index}: \"{value}\" is not an attendance. Use present, absent_with_reason,"
        " absent_without_reason, exempt or guest."
    ),
    "meeting_party_only": N_(
        "Party cell meetings and members are kept apart from the hamlet's records: only the party cell"
        " secretary's profile sees and records them. Sign in as the party cell secretary."
    ),
    "meeting_input_invalid": N_("The meeting file is not valid at {path}: {detail}"),
    "meeting_field_required": N_("{field} is empty. Fill it in; nothing was saved."),
    "meeting_member_exists": N_("{name} is already a member of the party cell."),
    "meeting_member_dates": N_(
        "The official membership date {value} is before the admission date {other}. Check the dates."
    ),
    "meeting_member_value_invalid": N_("\"{value}\" is not valid for {field}. Use one of: {known}."),
    "meeting_not_in_progress": N_(
        "The meeting {number} is finished; the live screen only changes a meeting in progress."
    ),
    # security and order (an ninh, trật tự): events, the movement's activities, the yearly assessment, reports
    "security_code_unknown": N_("\"{value}\" is not a known code for {field}. Use one of: {allowed}."),
    "security_rules_missing": N_("No security-order rule set covers {day}. Update the program."),
    "security_no_criteria": N_("No set of assessment criteria covers the year {year}. Update the program."),
    "security_field_required": N_("{field} is empty. Fill it in; nothing was saved."),
    "security_text_too_long": N_("{field} is {length} characters long; at most {limit} are allowed. Shorten it."),
    "security_date_future": N_("{field} ({value}) is in the future. Record what has already happened; nothing was"
                               " saved."),
    "security_date_order": N_("{field} ({value}) is before {first} ({start}). Check the two times; nothing was"
                              " saved."),
    "security_person_incomplete": N_("Person {position} involved has neither a name nor a resident of the register."
                                     " Give the full name or choose the resident."),
    "security_birth_year_invalid": N_("The birth year {value} is not valid. Give a year between 1900 and this"
                                      " year."),
    "security_quantity_invalid": N_("The number ({value}) is missing or negative. Give a whole number of 0 or"
                                    " more."),
    "security_override_reason_required": N_("An override needs a reason. Write why the criterion is judged"
                                            " differently from the records; nothing was saved."),
    "security_decision_invalid": N_("A criterion can be confirmed as passed or failed, not \"{value}\"."),
    "security_year_invalid": N_("The year {value} cannot be assessed. Give a year from 2000 to the year after next."),
    "security_period_not_begun": N_("The period has not begun yet (it starts on {start}). Choose a period that has"
                                    " begun."),
    "security_criterion_unknown": N_("There is no criterion \"{value}\". The criteria are: {allowed}."),
    "security_period_invalid": N_("\"{value}\" is not a period. Give a year (2026), a quarter (2026-Q3) or a"
                                  " month (2026-07)."),
    "security_input_invalid": N_("The file is not a valid document at {path}: {detail}. Nothing was saved."),
    "security_time_invalid": N_("\"{value}\" is not a valid time for {field}. Use ISO 8601 with the offset, for"
                                " example 2026-07-14T21:30:00+07:00 (a date alone as 2026-07-14)."),
    # transport: the inbox service and the hamlet's delivery (services/transport)
    "serve_tls_incomplete": N_("HTTPS needs both the certificate (--tls-cert) and its private key (--tls-key)."),
    "serve_tls_unreadable": N_(
        "The TLS certificate or key cannot be used ({detail}). Give PEM files of a certificate and its key."
    ),
    "serve_port_unavailable": N_(
        "The inbox service cannot listen on {host}:{port} ({detail}). Choose another port with --port, or stop"
        " the program using it."
    ),
    "transport_hamlet_only": N_("Sending bundles to the commune's inbox service is done from a hamlet's copy."),
    "inbox_url_missing": N_(
        "The address of the commune's inbox service is not set. Set it with: sothon settings set inbox_url"
        " http://ADDRESS:8750"
    ),
    "inbox_tls_pin_missing": N_(
        "The inbox address {url} uses HTTPS, but the server's certificate fingerprint is not set. Ask the commune"
        " for it and set it with: sothon settings set inbox_tls_pin FINGERPRINT"
    ),
    "inbox_unreachable": N_("The commune's inbox service cannot be reached ({detail}). The bundle waits and is"
                            " sent again automatically."),
    "inbox_tls_pin_mismatch": N_(
        "The server's certificate is not the one set for the commune (it has the fingerprint {found}). Nothing"
        " was sent. Check the inbox address and fingerprint with the commune."
    ),
    "inbox_wrong_commune": N_(
        "The server at the inbox address is not the commune this hamlet sends to (it says {unit}, or another"
        " certificate). Nothing was sent. Check the inbox address with the commune."
    ),
    "inbox_answer_invalid": N_("The inbox service gave an answer that cannot be read ({detail}). The bundle is"
                               " sent again later."),
    "inbox_server_error": N_("The inbox service had an error (HTTP {status}, {code}). The bundle is sent again"
                             " later."),
    "inbox_refused": N_(
        "The inbox service refused the bundle (HTTP {status}, {code}). It is sent again later; if this"
        " continues, ask the commune to check that this hamlet is enrolled."
    ),
    "inbox_receipt_mismatch": N_(
        "The inbox service answered with a receipt for another bundle (SHA-256 {sha256}…). The receipt of this"
        " bundle is asked for again later."
    ),
    "bundle_file_missing": N_(
        "The bundle file {path} is missing or changed since it was exported. Export the bundle again, or put"
        " the file back."
    ),
    "setting_unknown": N_("There is no setting {key}. The settings are: {known}."),
    "setting_invalid": N_("{value} is not a valid value for {key}. Expected: {hint}."),
    # meetings' papers: the invitation and the party cell's resolution (services/meeting_papers.py)
    "meeting_no_resolution": N_(
        "The meeting {number} ({title}) voted no resolution, so there is no resolution to print. Record the"
        " vote on the resolution (marked as the resolution) in the meeting first."
    ),
    "meeting_resolution_not_passed": N_(
        "The resolution of the meeting {number} ({title}) did not pass: {in_favour} in favour is not more than"
        " half of the {denominator} counted full members. A resolution that did not pass is not issued."
    ),
    # meetings in the window (issue 11): the live screen's times, the household roll call, the member editor
    "meeting_end_same_minute": N_(
        "The meeting started at {start} and cannot end in the same minute: minutes keep whole minutes, so the"
        " end must be at least one minute after the start. Finish it a minute later; nothing was saved."
    ),
    "meeting_household_status_invalid": N_(
        "\"{value}\" is not a household's attendance. Mark the household present, absent with a reason or"
        " absent without a reason; nothing was saved."
    ),
    "meeting_reason_required": N_(
        "{name} is marked absent with a reason, but no reason is written. Write the reason (ill, working away…)"
        " or mark the household absent without a reason; nothing was saved."
    ),
    "meeting_representative_not_member": N_(
        "The representative chosen does not live in household {number}. Choose a member of the household;"
        " nothing was saved."
    ),
    "meeting_representative_minor": N_(
        "{name} is under {age} and cannot represent the household at the hamlet meeting. Choose an adult"
        " member; nothing was saved."
    ),
    "meeting_member_probationary_official": N_(
        "A probationary member has no official-membership date yet ({value}). Mark the member full, or clear"
        " the date; nothing was saved."
    ),
    "meeting_member_probation_short": N_(
        "The official-membership date {value} is less than {months} months after the admission date {other}:"
        " probation lasts {months} months (Party Charter, Art. 5). Check the dates; nothing was saved."
    ),
    # transport by e-mail (services/transport/mail.py)
    "mail_settings_missing": N_(
        "The e-mail settings are incomplete: {keys} not set. Set them in Settings → Sending to the commune, or"
        " with: sothon settings set KEY VALUE"
    ),
    "mail_password_missing": N_(
        "The password of the mail account ({key}) is not set. Set it with: sothon settings set {key} -"
    ),
    "mail_password_other_profile": N_(
        "The mail password ({key}) was set by the profile {profile} and only opens with its passphrase. Sign in"
        " as {profile}, or set the password again in this profile."
    ),
    "mail_password_unreadable": N_(
        "The mail password ({key}) cannot be opened (the passphrase changed since it was set). Set it again."
    ),
    "mail_plain_not_local": N_(
        "An unencrypted connection ({key} none) is allowed only to a mail server on this computer, not to"
        " {host}. Choose starttls or ssl."
    ),
    "mail_unreachable": N_("The mail server {server} cannot be reached ({detail}). Nothing is lost: what waits"
                           " to be sent or read is tried again later."),
    "mail_certificate_untrusted": N_(
        "The mail server {server} showed a certificate this computer does not trust ({detail}). Nothing was"
        " sent or read. Check the server's name with the mail provider."
    ),
    "mail_login_failed": N_("The mail server {server} refused the user name or password. Check {key}."),
    "mail_refused": N_("The mail server {server} refused the message ({code}: {detail}). It is tried again later;"
                       " check the addresses in the settings."),
    "mail_folder_unknown": N_("The mailbox has no folder {folder}. Check imap_folder (usually INBOX)."),
    "mail_not_bundle": N_("This message carries no Sổ Thôn bundle. It was set aside in the quarantine folder;"
                          " nothing was imported."),
    "mail_bundle_many": N_("This message carries {count} bundles; a bundle's message carries one. Nothing was"
                           " imported: ask the hamlet to send again from Sổ Thôn."),
    "mail_headers_missing": N_(
        "This message has a bundle attached but not the Sổ Thôn headers ({headers}): it was not sent by Sổ Thôn."
        " Nothing was imported; import the file by hand only if it is known to come from the hamlet."
    ),
    "mail_attachment_unreadable": N_("The attachment {name} cannot be read. Nothing was imported; ask the hamlet"
                                     " to send again."),
    "mail_attachment_too_large": N_("The attachment ({size_mb} MiB) is larger than a bundle may be. Nothing was"
                                    " imported."),
    "mail_attachment_altered": N_(
        "The attachment {name} is not the file the message names (its SHA-256 differs): it was changed on the"
        " way. Nothing was imported; ask the hamlet to send again."
    ),
    "mail_sender_untrusted": N_(
        "This message is not signed by an enrolled key of {sender}: it does not come from that hamlet. Nothing"
        " was imported and no receipt was sent."
    ),
    "mail_too_large": N_("A message of {size_mb} MiB is larger than a bundle's message may be. It was not"
                         " read; nothing was imported."),
    "mail_certificate_name_mismatch": N_(
        "The mail server {server} showed a certificate made out to another name, so it may not be your mail"
        " provider's server. Nothing was sent or read. Check {key}: give the server's name exactly as the"
        " provider writes it (for example imap.gmail.com), not an IP address."
    ),
    "mail_starttls_unsupported": N_(
        "The mail server {server} does not offer encryption (STARTTLS), so the password would travel in clear."
        " Nothing was sent or read. Choose SSL/TLS in {key} (usually port 465 for sending, 993 for receiving)."
    ),
    # commune report
    "commune_report_period_invalid": N_(
        "\"{value}\" is not a report period. Give a year (2026), a quarter (2026-Q3) or a month (2026-07)."
    ),
    "commune_report_period_not_begun": N_(
        "The report period has not begun yet (it starts on {start}). Choose a period that has begun."
    ),
}


def render(error: SothonError) -> str:
    """The error's message in the current language."""
    template = MESSAGES.get(error.code)
    if template is None:
        return tr("Unexpected error ({code}).", code=error.code)
    params = {k: _display(k, v) for k, v in error.params.items()}
    try:
        return tr(template, **params)
    except (KeyError, IndexError):
        return tr(template)


def render_rows(error: RowErrors) -> list[str]:
    return [tr("Row {row}: {message}", row=row, message=render(err)) for row, err in error.errors]


_ENUM_LABELS = {"male": N_("male"), "female": N_("female"), "household": N_("household"),
                "resident": N_("resident"), "dead": N_("died"), "moved_away": N_("moved away"),
                "document": N_("document"), "outbox": N_("bundle"),
                # mediation: the records, the case states and steps, the fields that messages name
                "mediation_case": N_("mediation case"), "mediation_team": N_("mediation team"),
                "mediation_member": N_("mediator"), "profile": N_("profile"),
                "received": N_("received"), "assigned": N_("assigned"), "in_progress": N_("in progress"),
                "successful": N_("successful"), "unsuccessful": N_("unsuccessful"),
                "terminated": N_("terminated"), "referred": N_("referred"),
                "assign": N_("assign mediators"), "refer": N_("refer"), "session": N_("mediation session"),
                "close": N_("close"), "follow_up": N_("follow-up"), "escalate": N_("report to the police"),
                "received_on": N_("the date received"), "assigned_on": N_("the date assigned"),
                "held_on": N_("the session date"), "closed_on": N_("the closing date"),
                "referred_on": N_("the referral date"), "checked_on": N_("the follow-up date"),
                "reported_at": N_("the date reported"), "agreement.agreed_on": N_("the agreement date"),
                "agreed_on": N_("the agreement date"), "joined_on": N_("the date joined"),
                "left_on": N_("the date left"), "term_from": N_("the start of the term"),
                "term_to": N_("the end of the term"), "summary": N_("The main content of the case"),
                "referred_to": N_("The body the case is referred to"),
                "reported_to": N_("The police officer or office reported to"), "reason": N_("The reason"),
                "agreement.content": N_("The content of the agreement"), "name": N_("The team's name"),
                "full_name": N_("The full name"),
                "hamlet_head": N_("hamlet head"), "party_secretary": N_("party cell secretary"),
                "commune_officer": N_("commune officer"), "mediator": N_("mediator")}


# Parameters that are amounts, shown with the language's digit grouping (100.000 in Vietnamese).
_AMOUNTS = frozenset({"limit", "count", "size_mb", "ratio", "length"})


def _display(key: str, value: object) -> object:
    if isinstance(value, dt.datetime):  # a moment: as a person in Vietnam reads the clock
        at = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        return at.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, str) and value in _ENUM_LABELS:
        return tr(_ENUM_LABELS[value])
    if key in _AMOUNTS and isinstance(value, int) and not isinstance(value, bool):
        return format_number(value)
    return value


# security and order: the fields its messages name
_ENUM_LABELS.update({
    "occurred_at": N_("The time it happened"), "ended_at": N_("The time it ended"), "place": N_("The place"),
    "description": N_("The description"), "severity": N_("the severity"), "type": N_("the event type"),
    "kind": N_("the activity kind"), "title": N_("The title or topic"), "held_on": N_("The date"),
    "transformed_on": N_("The date transformed"), "model_type": N_("the model type"),
    "narrative": N_("The narrative"), "quantity": N_("The number"), "security_event": N_("security-order event"),
    "security_activity": N_("movement activity"),
})

# meetings' papers: the records a missing meeting is named by
_ENUM_LABELS.update({"meeting": N_("meeting"), "party_meeting": N_("party cell meeting")})

# security and order in the window: editing an event, the activity form
MESSAGES.update({
    "security_event_changed": N_("The event was changed elsewhere since you opened it (version {version}, not"
                                 " {expected}). Open it again; nothing was saved."),
})
_ENUM_LABELS.update({"status": N_("the status")})

# commune: reading a hamlet's records as received
MESSAGES.update({
    "received_unit_unknown": N_("No hamlet with the code {code} is enrolled here, and nothing was received from it."
                                " The enrolled hamlets: sothon enrolled."),
    "received_type_unknown": N_("{type} is not a kind of record the commune keeps. Choose one of: {allowed}."),
    "received_limit_invalid": N_("The number of records to show and the number to skip cannot be negative."),
    "received_document_unknown": N_("No document {id} was received (or the hamlet withdrew it)."),
})

# transport by e-mail: the hints of setting_invalid, in the window's language
_ENUM_LABELS.update({
    "an e-mail address, e.g. vanphong@xa.gov.vn": N_("an e-mail address, e.g. vanphong@xa.gov.vn"),
    "the mail server's name or address, e.g. smtp.gmail.com":
        N_("the mail server's name or address, e.g. smtp.gmail.com"),
    "a port number from 1 to 65535": N_("a port number from 1 to 65535"),
    "the account's user name, without spaces": N_("the account's user name, without spaces"),
    "a number of days from 0 (never) to 60, e.g. 3": N_("a number of days from 0 (never) to 60, e.g. 3"),
    "a folder name of letters, digits, spaces and . _ / -, e.g. INBOX":
        N_("a folder name of letters, digits, spaces and . _ / -, e.g. INBOX"),
    "the account's password, on one line": N_("the account's password, on one line"),
    "a certificate file (.pem or .crt) of the mail server or its authority":
        N_("a certificate file (.pem or .crt) of the mail server or its authority"),
})

# the trash for meetings and security-order events (deleted at the hamlet, restored from the Trash page)
MESSAGES.update({
    "meeting_in_trash": N_("Meeting {number} is already in the trash. Restore it from the Trash page if it was"
                           " deleted by mistake."),
    "meeting_not_in_trash": N_("Meeting {number} is not in the trash; there is nothing to restore."),
    "security_event_in_trash": N_("The event of {label} is already in the trash. Restore it from the Trash page"
                                  " if it was deleted by mistake."),
    "security_event_not_in_trash": N_("The event of {label} is not in the trash; there is nothing to restore."),
    "meeting_delete_papers_issued": N_(
        "Meeting {number} cannot be deleted: its signed paper {document} is kept in the register of issued"
        " documents. If the meeting was recorded by mistake, move that document to the trash first."),
    "meeting_delete_tasks_reviewed": N_(
        "Meeting {number} cannot be deleted: the tasks it assigned were reviewed at meeting {later} on {date}."
        " Delete that meeting first, or correct this one instead of deleting it."),
    "meeting_restore_tasks_reviewed": N_(
        "Meeting {number} cannot be restored: the task \"{task}\" it reviewed was reviewed again at meeting"
        " {later}. Delete that meeting first if it was recorded by mistake."),
    "security_event_delete_mediation_linked": N_(
        "The event of {label} cannot be deleted: it is linked to mediation case {case}. Correct the event and"
        " remove the link to the case first."),
})
