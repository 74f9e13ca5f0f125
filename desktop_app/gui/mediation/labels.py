"""What the mediation window calls the lifecycle's codes (English sources, translated when shown)."""

from __future__ import annotations

from desktop_app.i18n import N_, tr

STATUS = {"received": N_("Received"), "assigned": N_("Assigned"), "in_progress": N_("Mediating"),
          "successful": N_("Successful"), "unsuccessful": N_("Unsuccessful"), "terminated": N_("Terminated"),
          "referred": N_("Referred")}
OVERDUE = {"late_start": N_("Not started within 3 days"), "deadline_passed": N_("Agreement deadline passed"),
           "follow_up_due": N_("Follow-up due")}
STEPS = {"assign": N_("Assign mediators…"), "refer": N_("Refer (out of scope)…"), "session": N_("Record a session…"),
         "close:successful": N_("Successful: the agreement…"), "close:unsuccessful": N_("Unsuccessful…"),
         "close:terminated": N_("Terminated…"), "follow_up": N_("Follow-up check…"),
         "escalate": N_("Report to the commune police…")}
EVENTS = {"received": N_("Received"), "assigned": N_("Mediator assigned"), "session": N_("Mediation session"),
          "escalated": N_("Reported to the police"), "referred": N_("Referred"), "successful": N_("Successful"),
          "unsuccessful": N_("Unsuccessful"), "terminated": N_("Terminated"), "performed": N_("Agreement carried out"),
          "not_yet_performed": N_("Checked: not yet carried out")}
TEAM_WARNINGS = {"team_too_few_members": N_("The team has fewer than 3 mediators (Art. 12)."),
                 "team_no_woman": N_("The team has no woman mediator (Art. 12)."),
                 "team_no_leader": N_("The team has no leader.")}


def label(table: dict[str, str], code: str | None) -> str:
    return tr(table[code]) if code in table else (code or "")
