"""Recovery from web archives: the CDX API and snapshot URLs, and the listing progress kept in the archive."""
