/**
 * Head nouns of German associations named after their members in the genitive plural ("Bund der
 * Steuerzahler", "Verband der Chemischen Industrie", "Vereinigung der Landesdenkmalpfleger") and ends of the
 * compounds that name an umbrella body after an abbreviation ("GKV-Spitzenverband", "VdK-Landesverband").
 */
export const ASSOCIATION_HEADS: readonly string[] = ['Bund', 'Verband', 'Verein', 'Vereinigung'];

/** Ends of the compound after an abbreviation that make it an association ("GKV-Spitzenverband"). */
export const ASSOCIATION_COMPOUND_ENDS: readonly string[] = ['verband', 'bund', 'verein', 'vereinigung'];
