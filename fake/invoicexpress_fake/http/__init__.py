"""What every route shares: refusals and how they are rendered, bodies, parameters, pages, JSON."""
