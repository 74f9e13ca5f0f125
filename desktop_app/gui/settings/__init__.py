"""The settings area: language and text size, the unit's signing identity, the profiles of this copy."""
