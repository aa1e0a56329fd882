"""The account the fake keeps, as typed state, and the functions that change it: one module per resource. The
state is kept apart from how the routes render it to JSON, and is changed only through these functions."""
