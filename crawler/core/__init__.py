"""The ground floor every stage shares: text and dates, URLs, items, the portal registry, errors, the clock."""
