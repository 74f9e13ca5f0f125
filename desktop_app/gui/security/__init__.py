"""The Security-and-order area: the event log, the movement activities, the yearly assessment."""
