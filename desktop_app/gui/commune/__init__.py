"""Commune mode pages: the enrolled hamlets and the commune's overview."""
