"""Notes and "unsure" flags in the window: the marks that show them (`marks`), the note
editor (`editor`), the verbs behind `;` and `?` (`actions`) and the lead's notes panel
(`panel`)."""
