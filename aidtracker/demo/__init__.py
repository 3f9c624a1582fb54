"""The demo database (DOMAIN §11): partner pairs and shipments driven through the real workflow."""
