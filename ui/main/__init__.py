"""The main window, its menus and actions, and the flows that open databases."""
