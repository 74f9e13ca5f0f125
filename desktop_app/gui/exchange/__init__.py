"""The exchange area: a hamlet's outbox to the commune and the party committee; a commune's received bundles."""
