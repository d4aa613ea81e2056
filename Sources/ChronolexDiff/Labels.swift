import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

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

    /// Before the act that fixed a change's date (« date fixée par AR 2021-08-01/07, art. 1 »).
    public var datedBy: String { language == .dutch ? "datum vastgesteld bij" : "date fixée par" }

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

    /// The words about acts in the same language (dates, names of acts, Justel's
    /// abbreviations), which `history` and Justel's notes use too.
    public var act: ActLabels { ActLabels.forLanguage(language) }

    /// A date as the act's language writes it: `1er octobre 2022` / `1 oktober 2022`.
    public func date(_ date: LegalDate) -> String {
        act.date(date)
    }

    /// How a side of a comparison is headed: its date in the act's language when its label
    /// is that date in French (the sides of `diff --from --to` and `--timeline`, whose JSON
    /// keeps that label), else its label (a file, an official text, « Chronolex on … »).
    public func side(_ side: ActDiff.Side) -> String {
        guard let date = side.date, side.label == date.french else { return side.label }
        return self.date(date)
    }

    /// An attribution's act and article as Justel's pages in the act's language cite it:
    /// `KB 2022-12-22/31, art. 8` in a Dutch act (``ActLabels/citation(_:)``).
    public func citation(_ attribution: Attribution) -> String {
        act.citation(attribution.fullCitation)
    }
}

extension DiffLabels {
    /// What an instruction was read as, in the page's language, for a jurist:
    /// `remplacement de « sept » par « neuf » dans art. 9, al. 1`,
    /// `insertion : § 2 dans art. 10` / `vervanging van « zeven » door « negen » in art. 9, lid 1`.
    /// (`explain` prints the same in English: ``EditRenderer/summary(_:)``.)
    public func reading(_ edit: Edit) -> String {
        let dutch = language == .dutch
        guard let change = edit.change else { return dutch ? "(niet gelezen)" : "(non lu)" }
        let target = edit.target.address.map { $0 + (edit.target.throughAddress.map { (dutch ? " tot " : " à ") + $0 } ?? "") }
            ?? (dutch ? "de akte" : "l'acte")
        let within = (dutch ? " in " : " dans ") + target
        var count = ""
        if let times = change.words?.times {
            count = dutch ? " (\(times) maal)" : " (\(CardinalNumber.french(times)) fois)"
        } else if change.everyOccurrence {
            count = dutch ? " (telkens)" : " (chaque fois)"
        }
        let quoted = { (text: String) in "« \(text) »" }
        switch change {
        case .replaceWords(let words, let new, _), .replaceFinalMark(let words, let new):
            return (dutch ? "vervanging van \(quoted(words.text)) door \(quoted(new))" : "remplacement de \(quoted(words.text)) par \(quoted(new))") + count + within
        case .insertWords(let new, _):
            return (dutch ? "invoeging van " : "insertion de ") + quoted(new) + within
        case .deleteWords(let words, _), .deleteFinalMark(let words):
            return (dutch ? "schrapping van " : "suppression de ") + quoted(words.text) + count + within
        case .deleteEnd:
            return (dutch ? "schrapping van het einde van de zin" : "suppression de la fin de la phrase") + within
        case .replaceUnits:
            return (dutch ? "vervanging van " : "remplacement de ") + target
        case .replaceTable:
            return (dutch ? "vervanging van de tabel" : "remplacement du tableau") + within
        case .repealTableRow(let row):
            return (dutch ? "opheffing van de rij « \(row.words[0]) » van een tabel" : "abrogation de la ligne « \(row.words[0]) » d'un tableau") + within
        case .insertUnits(let unit, _, _):
            return (dutch ? "invoeging: \(unit)" : "insertion : \(unit)") + within
        case .replaceSpan:
            return (dutch ? "vervanging van een opsomming" : "remplacement d'une énumération") + within
        case .replaceCell(let new):
            return (dutch ? "vervanging van een cel van een tabel door " : "remplacement d'une cellule d'un tableau par ") + quoted(new) + within
        case .completeColumns(let values):
            return (dutch ? "aanvulling van de kolommen van een tabel met " : "colonnes d'un tableau complétées par ") + values.map { quoted($0.value) }.joined(separator: ", ") + within
        case .appendRows:
            return (dutch ? "rijen toegevoegd aan een tabel" : "lignes ajoutées à un tableau") + within
        case .repeal:
            return (dutch ? "opheffing van " : "abrogation de ") + target
        case .withdraw:
            return (dutch ? "intrekking van " : "retrait de ") + target
        case .renumber(let reference):
            return (dutch ? "vernummering van \(target) tot " : "renumérotation de \(target) en ") + (reference.address ?? "?")
        case .reestablish:
            return (dutch ? "herstel van " : "rétablissement de ") + target
        case .noop:
            return dutch ? "geen wijziging van deze versie" : "sans effet sur cette version"
        }
    }
}

extension DiffLabels {
    /// What became of an instruction, in the page's language: `appliquée`, `en attente d'une date : …`,
    /// `non appliquée — …` (the reason as the command line gives it, without its lead-in).
    public func outcome(_ outcome: EditOutcome) -> String {
        let dutch = language == .dutch
        switch outcome.status {
        case .applied: return dutch ? "toegepast" : "appliquée"
        case .pending(let why): return (dutch ? "wacht op een datum: " : "en attente d'une date : ") + why
        case .otherAct: return dutch ? "betreft een andere akte" : "vise un autre acte"
        case .noop: return dutch ? "geen wijziging in deze taalversie" : "sans effet sur cette version linguistique"
        case .notYetPublished: return dutch ? "nog niet bekendgemaakt op de kennisdatum" : "pas encore publiée à la date de connaissance"
        case .unreadable, .targetNotFound, .wordsNotFound, .wordsFoundTimes, .unsupported:
            return (dutch ? "niet toegepast — " : "non appliquée — ") + (outcome.status.reason ?? outcome.summary)
        }
    }
}
