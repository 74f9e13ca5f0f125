"""The Mediation area: the case list with its filters and overdue flags, a case's page with its timeline and
the steps it allows, and the team page."""
