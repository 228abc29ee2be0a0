"""Team work: merging, exporting, sending and assigning (the dialogs and the window's team
actions) and the background project jobs they run."""
