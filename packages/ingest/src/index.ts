// Public API of @hemicycle/ingest (being built). Signatures are the contract other packages use.
export {};
