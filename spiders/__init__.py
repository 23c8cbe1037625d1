"""One spider module per CMS platform; each portal is an entry of crawler/portals.toml."""
