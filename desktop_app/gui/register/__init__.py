"""The household register pages: the list of residents, its dialogs, the import and the trash."""
