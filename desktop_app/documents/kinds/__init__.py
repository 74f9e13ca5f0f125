"""Document kinds: small declarative templates, each a function from plain data to a ``model.Document``."""

from desktop_app.documents.kinds.commune import COMMUNE_REPORT, commune_report
from desktop_app.documents.kinds.lists import (
    HOUSEHOLD_CARD,
    HOUSEHOLD_LIST,
    LONGEVITY_LIST,
    MILITARY_AGE_LIST,
    RESIDENT_LIST,
    VOTER_LIST,
    household_card,
    household_list,
    longevity_list,
    military_age_list,
    resident_list,
    voter_list,
)
from desktop_app.documents.kinds.mediation import (
    MEDIATION_AGREEMENT,
    MEDIATION_FAILURE,
    MEDIATION_LOG,
    MEDIATION_STATISTICS,
    LogEntry,
    MediationLog,
    MediationPaper,
    MediationReport,
    PaperObligation,
    PaperParty,
    PaperSession,
    StatisticsRow,
    mediation_agreement,
    mediation_failure,
    mediation_log,
    mediation_statistics,
)
from desktop_app.documents.kinds.minutes import (
    HAMLET_MEETING,
    PARTY_CELL,
    Absence,
    Attendee,
    HamletMeeting,
    PartyCellMeeting,
    Speech,
    Vote,
    hamlet_meeting_minutes,
    party_cell_minutes,
)
from desktop_app.documents.kinds.security import SECURITY_REPORT, ReportLabels, security_report

__all__ = [
    "HAMLET_MEETING", "HOUSEHOLD_CARD", "HOUSEHOLD_LIST", "LONGEVITY_LIST", "MEDIATION_AGREEMENT",
    "MEDIATION_FAILURE", "MEDIATION_LOG", "MILITARY_AGE_LIST", "LogEntry", "MediationLog", "MediationPaper", "PARTY_CELL", "PaperObligation", "PaperParty",
    "PaperSession", "mediation_agreement", "mediation_failure", "mediation_log",
    "MEDIATION_STATISTICS", "MediationReport", "StatisticsRow", "mediation_statistics",
    "RESIDENT_LIST", "VOTER_LIST", "Absence", "Attendee", "HamletMeeting", "PartyCellMeeting", "Speech", "Vote",
    "hamlet_meeting_minutes", "household_card", "household_list", "longevity_list", "military_age_list",
    "party_cell_minutes", "resident_list", "voter_list",
    "SECURITY_REPORT", "ReportLabels", "security_report",
    "COMMUNE_REPORT", "commune_report",
]
