"""Keys of the per-database settings (the ``setting`` table): one place, read by the database
layer and by the quick look taken before it is loaded."""

INSTALLATION_ID = "installation_id"
CURRENT_PROFILE = "current_profile_id"
