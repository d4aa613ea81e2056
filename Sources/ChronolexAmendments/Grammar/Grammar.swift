import ChronolexModel

/// The words one language uses to write amending instructions, and its forms in the order
/// they are tried. Both languages share the lexicon (``Lexicon``: units, ordinals, numbers
/// in words, act nouns, months) and the readers built on it (references, citations, new
/// text); each has its own forms, which give the same typed ``Change``s.
///
/// Adding a form: write it in a file of its own in the language's folder (`French/`,
/// `Dutch/`), add it to the language's list below, and add its case to the table of forms
/// in `Tests/ChronolexAmendmentsTests/FormsTests.swift`.
struct Grammar: Sendable {
    let language: Language
    /// The forms, tried in this order on each clause.
    let forms: [any InstructionForm.Type]
    /// The form of "(concerne le texte allemand)", tried first on the whole instruction.
    let noop: (any InstructionForm.Type)?
    /// The words that introduce a place before a clause ("Dans l'article 2", "A l'article
    /// 51", "au § 4", "In artikel 2").
    let placeWords: FoldedWords
    /// "avant le 1°", "après l'alinéa 2" (folded).
    let before: String
    let after: String
    /// The words of a place among units (« entre les articles 5bis et 6 », « tussen de
    /// artikelen 2 en 3 »), before the verb as after it.
    let placement: UnitPlacement.Words
    /// The word that joins clauses and quotations.
    let and: String
    let or: String
    /// The subject of a lead-in ("les modifications suivantes").
    let modifications: [[String]]
    /// The subject that names the table the target holds ("le tableau", "de tabel").
    let table: [[String]]
    /// Punctuation marks as subjects ("le point en fin de phrase"): the words, the mark, the noun.
    let punctuation: [(words: [String], mark: String, noun: String)]
    /// "la fin de la première phrase".
    let endOf: [[String]]
    /// Words that open a verb, never a unit: a clause that starts with one has no subject.
    let verbStarts: FoldedWords

    /// The grammar for an amending act in this language (French for German texts too:
    /// Chronolex reads French and Dutch).
    static func of(_ language: Language?) -> Grammar {
        language == .dutch ? dutch : french
    }

    static let french = Grammar(
        language: .french,
        forms: [
            NoopForm.self,
            LeadInForm.self,
            ListedRepealForm.self,
            ReplaceWordsForm.self,
            PunctuationForm.self,
            ReplaceByOwnAnnexForm.self,
            ReplaceTableForm.self,
            ReplaceSpanForm.self,
            ReplaceUnitForm.self,
            RepealWordsForm.self,
            RepealWordsVerbQuotedForm.self,
            RepealUnitForm.self,
            CompleteWordsForm.self,
            CompleteByEntryForm.self,
            CompleteColumnsForm.self,
            RemoveCrossForm.self,
            CompleteUnitForm.self,
            InsertWordsForm.self,
            InsertUnitForm.self,
            InsertedSubjectForm.self,
            NewUnitFirstForm.self,
            RenumberForm.self,
            ReestablishForm.self,
        ],
        noop: NoopForm.self,
        placeWords: ["dans", "a", "au", "aux", "en"],
        before: "avant", after: "apres", placement: .french, and: "et", or: "ou",
        modifications: [["les", "modifications", "suivantes"]],
        table: [["le", "tableau"]],
        punctuation: [
            (["le", "point", "en", "fin", "de", "phrase"], ".", "point final"),
            (["le", "point", "final"], ".", "point final"),
            (["le", "point-virgule", "en", "fin", "de", "phrase"], ";", "point-virgule final"),
            (["la", "virgule", "en", "fin", "de", "phrase"], ",", "virgule finale"),
            // "au 8°, le point est remplacé par un point-virgule" (a verb must follow).
            (["le", "point"], ".", "point final"),
        ],
        endOf: [["la", "fin", "de"], ["la", "fin", "du"]],
        verbStarts: ["il", "est", "sont"]
    )

    static let dutch = Grammar(
        language: .dutch,
        forms: [
            DutchNoopForm.self,
            DutchLeadInForm.self,
            DutchReplaceTableForm.self,
            DutchWordsForm.self,
            DutchUnitVerbFirstForm.self,
            DutchRepealUnitForm.self,
            DutchReplaceUnitForm.self,
            DutchCompleteUnitForm.self,
            DutchInsertUnitForm.self,
            DutchRenumberForm.self,
        ],
        noop: DutchNoopForm.self,
        placeWords: ["in", "aan"],
        before: "voor", after: "na", placement: .dutch, and: "en", or: "of",
        modifications: [["de", "volgende", "wijzigingen"]],
        table: [["de", "tabel"]],
        punctuation: [],
        endOf: [],
        verbStarts: ["wordt", "worden", "er"]
    )
}
