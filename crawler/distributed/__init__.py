"""Many workers on one Redis frontier, and the single archiver that stores what they find."""
