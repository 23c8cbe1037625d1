"""One spider module per CMS platform; each portal is an entry of crawler/core/portals.toml."""
