import ChronolexModel

/// The words both languages' grammars share, folded (``Folding``): the nouns of units and
/// of quoted words, the nouns of acts, the languages an instruction can concern. Numbers
/// in words (``OrdinalNumber/words``, ``CardinalNumber/words``), months
/// (``LegalDate/frenchMonths``) and division words (``DivisionKind/named(_:)``) are the
/// model's own tables.
enum Lexicon {
    /// The nouns that introduce quoted words ("les mots « A »", "het woord « A »").
    static let wordNouns: FoldedWords = [
        "mot", "mots", "chiffre", "chiffres", "nombre", "nombres", "date", "dates", "phrase", "phrases", "reference",
        "references", "terme", "termes", "montant", "montants", "lettre", "lettres", "signe", "signes", "expression",
        "expressions", "disposition", "dispositions", "pourcentage", "annee", "intitule", "caractere", "caracteres",
        "membre", "membres", "taux", "somme", "sommes",
        "woord", "woorden",
    ]

    /// Places in a text that are not numbered units ("le tableau", "la colonne « X »", "la
    /// définition de « X »"): after a citation and a comma, they start the instruction's
    /// subject, never the rest of a title.
    static let placeNouns: FoldedWords = [
        "tableau", "tableaux", "colonne", "colonnes", "ligne", "lignes", "rubrique", "rubriques", "definition", "definitions",
        "enumeration", "liste", "texte", "version", "formulaire", "modele", "point", "points", "tiret", "tirets", "fin", "debut",
    ]

    /// "suivant(e)(s)" after a noun: "la phrase suivante", "les mots suivants", "par les
    /// alinéas suivants" — the text follows.
    static let following: [StaticString] = ["suivant", "suivants", "suivante", "suivantes"]

    /// The nouns that name an act ("de l'arrêté", "de la loi", "du Code").
    static let actNouns: FoldedWords = ["arrete", "loi", "decret", "ordonnance", "code", "constitution", "arrete-loi"]

    /// The division words of citations, French and Dutch (as the model's
    /// ``DivisionKind/named(_:)`` reads headings): « le chapitre 2 », « in hoofdstuk 2 ».
    static let divisionWords = FoldedWordTable(frenchDivisionWords.table.merging(dutchDivisionWords.table) { french, _ in french })

    static let frenchDivisionWords: FoldedWordTable<DivisionKind> = [
        "livre": .livre, "partie": .partie, "titre": .titre, "chapitre": .chapitre, "section": .section,
        "sous-section": .sousSection,
    ]

    /// « In hoofdstuk 2 van het besluit … », « wordt vóór artikel 5 een hoofdstuk 1/1
    /// ingevoegd » (look 28: not read). Common words too (« een deel van », « de titel van »):
    /// a division only before a number (``isDivisionNumber(_:)``).
    static let dutchDivisionWords: FoldedWordTable<DivisionKind> = [
        "boek": .livre, "deel": .partie, "titel": .titre, "hoofdstuk": .chapitre, "afdeling": .section,
        "onderafdeling": .sousSection,
    ]

    /// True when `token` can number a division after its word: a digit first (`2`, `1/1`,
    /// `2.1`, `1er`) or a roman numeral in capitals (`II`, `IV/1`, `Ier`). A Dutch division
    /// word is a division only so.
    static func isDivisionNumber(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if token.startsWithDigit { return true }
        let head = token.text.prefix { $0 != "/" && $0 != "." && $0 != "-" }
        let roman = String(head.hasSuffix("er") ? head.dropLast(2) : head)
        return !roman.isEmpty && roman.uppercased() == roman && PointLabel.isRoman(roman.lowercased())
    }

    /// The kind a division word names before the token after it: French words whatever
    /// follows (as before), Dutch words before a number only.
    static func divisionKind(_ word: String, before next: Token?) -> DivisionKind? {
        guard divisionWordShapes.mayContain(word) else { return nil }
        if let kind = frenchDivisionWords[word] { return kind }
        guard let kind = dutchDivisionWords[word], let next, isDivisionNumber(next) else { return nil }
        return kind
    }

    /// The words of ``frenchDivisionWords`` and ``dutchDivisionWords``: most words are told
    /// apart from them without a lookup.
    static let divisionWordShapes = FoldedWords(Set(frenchDivisionWords.table.keys).union(dutchDivisionWords.table.keys))

    /// Division words in the plural, for two divisions named together (« entre les chapitres
    /// 1er et 3 », « tussen de hoofdstukken 2 en 3 »; session 33).
    static let pluralDivisionWords: FoldedWordTable<DivisionKind> = [
        "livres": .livre, "parties": .partie, "titres": .titre, "chapitres": .chapitre, "sections": .section,
        "sous-sections": .sousSection,
        "boeken": .livre, "delen": .partie, "titels": .titre, "hoofdstukken": .chapitre, "afdelingen": .section,
        "onderafdelingen": .sousSection,
    ]

    /// The model's numbers in words (``CardinalNumber/words``: « deux », « twee ») and ranks
    /// (``OrdinalNumber/words``: « deuxième », « tweede »), as tables of the lexicon.
    static let cardinals = FoldedWordTable(CardinalNumber.words)
    static let ordinals = FoldedWordTable(OrdinalNumber.words)

    /// Divisions the model has no kind for, cited by their word.
    static let namedDivisionWords: FoldedWords = ["sous-titre"]

    /// The determiners before a cited unit.
    static let determiners: [StaticString] = ["l'", "le", "la", "les", "het", "de"]

    /// The language versions an instruction can say it concerns alone ("(concerne le texte
    /// allemand)", "(betreft de Duitse tekst)"), by the French name output uses.
    static let languages: FoldedWordTable<String> = [
        "allemand": "allemand", "neerlandais": "néerlandais", "francais": "français",
        "duitse": "allemand", "nederlandse": "néerlandais", "franse": "français",
        "francophone": "français", "neerlandophone": "néerlandais", "germanophone": "allemand",
    ]

    /// The French name of a language, as ``languages`` gives it.
    static func name(of language: Language) -> String { language.frenchName }

    /// "Dans le texte néerlandais", "Dans la version francophone", "In de Franse tekst": the
    /// language version a place names, read after its place word (the preposition after it,
    /// "de l'article 3", is left for the reference).
    static func languageVersion(_ s: inout Scanner) -> String? {
        let start = s.index
        _ = s.takeAny(["le", "la", "de"])
        if let w = s.foldedWord(), w == "texte" || w == "version" {
            s.index += 1
            if let language = s.word().flatMap({ languages[$0] }) {
                s.index += 1
                return language
            }
        } else if let language = s.word().flatMap({ languages[$0] }), s.isWord("tekst", at: 1) {
            s.index += 2
            return language
        }
        s.index = start
        return nil
    }

    /// The language version named up to the closing bracket (or the end): "… le texte
    /// allemand)", "… de Duitse tekst)"; the closing bracket is consumed when `bracketed`.
    /// `nil` when no language is named or the bracket is not closed.
    static func concernedLanguage(_ s: inout Scanner, bracketed: Bool) -> String? {
        var language: String?
        while let w = s.foldedWord(), w != ")" {
            if let name = languages[w] { language = name }
            s.index += 1
        }
        guard !bracketed || s.take(")") else { return nil }
        return language
    }

    /// The count of new units: "un", "deux", "een", "twee" (the model's table).
    static func count(_ folded: String) -> Int? { Lexicon.cardinals[folded] }
}

extension Language {
    /// The language's French name, as an instruction about a language version gives it
    /// (« concerne le texte néerlandais »: ``Change/noop(language:)``).
    public var frenchName: String {
        switch self {
        case .french: "français"
        case .dutch: "néerlandais"
        case .german: "allemand"
        }
    }

    /// The language a French name names (``frenchName``), or `nil`.
    public init?(frenchName: String) {
        guard let language = Language.allCases.first(where: { $0.frenchName == frenchName }) else { return nil }
        self = language
    }
}
