"""The team's suggestion sources in the window: the open document's suggestions to accept,
reject or edit, one toggle per source, and training in a background process."""
