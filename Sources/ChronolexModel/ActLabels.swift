/// The words an output writes about acts in the language of the act it shows: French, or
/// Dutch for a Dutch act (a German act, or one whose language is not known, gets the French
/// words, for now). One table for every text output — the sides and citations of `diff`,
/// the sources of `history`, Justel's notes of `consolidate --format justel` — so that each
/// word is said once; the diff pages' own words are ChronolexDiff's `DiffLabels`, which
/// hands the act's words on from here. The frame of the command line's text (`published`,
/// `retroactive`, `effective`) stays in English, as its diagnostics do.
public struct ActLabels: Hashable, Sendable {
    /// The language the words are in: `.french` or `.dutch`.
    public var language: Language
    /// What Justel writes before a note's date of entry into force, before its ` : `:
    /// `En vigueur` / `Inwerkingtreding` (`(1)<W 2018-07-11/10, art. 2, 132;
    /// Inwerkingtreding : 30-07-2018>`, the Strafwetboek's Dutch page).
    public var entryIntoForce: String
    /// Between an act's kind and its date: `arrêté royal du 1er mars 2010` / `koninklijk
    /// besluit van 1 maart 2010`.
    public var dated: String
    /// An act whose kind is not known: `acte` / `akte`.
    public var unknownAct: String

    /// The words for an act in `language` (French when unknown or German).
    public static func forLanguage(_ language: Language?) -> ActLabels {
        language == .dutch ? .dutch : .french
    }

    public static let french = ActLabels(language: .french, entryIntoForce: "En vigueur", dated: "du", unknownAct: "acte")

    public static let dutch = ActLabels(language: .dutch, entryIntoForce: "Inwerkingtreding", dated: "van", unknownAct: "akte")

    /// A date written out: `1er octobre 2022` / `1 oktober 2022`.
    public func date(_ date: LegalDate) -> String {
        language == .dutch ? date.dutch : date.french
    }

    /// The name of an act of `kind`: `arrêté royal` / `koninklijk besluit`; ``unknownAct``
    /// when the kind is not known.
    public func name(_ kind: ActKind?) -> String {
        guard let kind else { return unknownAct }
        return language == .dutch ? kind.dutchName : kind.frenchName
    }

    /// An act named by its kind and its date: `arrêté du Gouvernement du 9 novembre 2017` /
    /// `koninklijk besluit van 22 december 2022` (`?` for a date not known).
    public func act(_ kind: ActKind?, date: LegalDate?) -> String {
        name(kind) + " " + dated + " " + (date.map(self.date) ?? "?")
    }

    /// How Justel's pages in this language abbreviate an act of `kind`
    /// (``ActKind/justelAbbreviation(authority:language:)``).
    public func justelAbbreviation(_ kind: ActKind, authority: String?) -> String {
        kind.justelAbbreviation(authority: authority, language: language)
    }

    /// A citation written with Justel's French abbreviation (`AR 2022-12-22/31, art. 8`,
    /// as a diff's attributions keep it) as this language's pages write it (`KB
    /// 2022-12-22/31, art. 8`); the same text when the abbreviation has no other form here.
    ///
    /// - Complexity: O(k), k the number of kinds of act.
    public func citation(_ text: String) -> String {
        guard language != .french else { return text }
        for kind in ActKind.allCases {
            let french = kind.justelAbbreviation(authority: nil)
            let own = justelAbbreviation(kind, authority: nil)
            if own != french, text.hasPrefix(french + " ") { return own + text.dropFirst(french.count) }
        }
        return text
    }
}
