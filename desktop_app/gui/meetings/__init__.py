"""The Meetings area: meetings list, a meeting's page and the secretary's live meeting screen."""
