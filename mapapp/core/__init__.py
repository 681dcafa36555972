"""Pure-Python core: documents, rendering, gazetteer, geoparsing. Never imports Qt or folium."""
