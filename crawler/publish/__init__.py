"""Publishing the archive: Datasette serving and plugins, the staff search page, terminal search."""
