"""User-facing texts of the window: labels, core messages in the user's language, i18n."""
