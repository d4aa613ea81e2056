import ChronolexModel

/// The words of the diff pages in the act's language: French, or Dutch for a Dutch act.
public struct DiffLabels: Sendable {
    public var language: Language
    public var comparison: String
    public var from: String
    public var to: String
    public var versionOf: String
    public var legend: String
    public var noAttribution: String
    public var noChanges: String
    public var changesCount: String
    public var deletedWords: String
    public var insertedWords: String
    public var oldVersion: String
    public var newVersion: String
    public var effective: String
    public var published: String
    public var division: String
    public var readingGuide: String

    /// The labels for an act's language (French when unknown or German, for now).
    public static func forLanguage(_ language: Language?) -> DiffLabels {
        language == .dutch ? .dutch : .french
    }

    public static let french = DiffLabels(
        language: .french, comparison: "Comparaison de deux versions", from: "Version du", to: "Version du",
        versionOf: "version", legend: "Actes modificatifs",
        noAttribution: "Aucune attribution : comparaison de deux fichiers, sans historique des modifications.",
        noChanges: "Aucune différence entre les deux versions.", changesCount: "modification(s)",
        deletedWords: "texte supprimé", insertedWords: "texte inséré", oldVersion: "Ancienne version", newVersion: "Nouvelle version",
        effective: "en vigueur le", published: "publié le", division: "Intitulé", readingGuide: "Lecture")

    public static let dutch = DiffLabels(
        language: .dutch, comparison: "Vergelijking van twee versies", from: "Versie van", to: "Versie van",
        versionOf: "versie", legend: "Wijzigende akten",
        noAttribution: "Geen toeschrijving: vergelijking van twee bestanden, zonder wijzigingsgeschiedenis.",
        noChanges: "Geen verschil tussen de twee versies.", changesCount: "wijziging(en)",
        deletedWords: "geschrapte tekst", insertedWords: "ingevoegde tekst", oldVersion: "Oude versie", newVersion: "Nieuwe versie",
        effective: "in werking op", published: "bekendgemaakt op", division: "Opschrift", readingGuide: "Lezing")

    /// The name of a kind of change: `inséré`, `abrogé`, … / `ingevoegd`, `opgeheven`, ….
    public func kind(_ kind: UnitChange.Kind) -> String {
        switch (language, kind) {
        case (.dutch, .inserted): "ingevoegd"
        case (.dutch, .repealed): "opgeheven"
        case (.dutch, .reestablished): "hersteld"
        case (.dutch, .removed): "weggelaten"
        case (.dutch, .changed): "gewijzigd"
        case (.dutch, .renumbered): "vernummerd"
        case (_, .inserted): "inséré"
        case (_, .repealed): "abrogé"
        case (_, .reestablished): "rétabli"
        case (_, .removed): "supprimé"
        case (_, .changed): "modifié"
        case (_, .renumbered): "renuméroté"
        }
    }

    /// A date as the act's language writes it: `1er octobre 2022` / `1 oktober 2022`.
    public func date(_ date: LegalDate) -> String {
        if language == .dutch {
            return String(date.day) + " " + LegalDate.dutchMonths[date.month - 1] + " " + String(date.year)
        }
        return date.french
    }
}
