import ChronolexModel

/// One change that an amending act makes to another act, read from its words: which act,
/// which unit, what is done to it, with what text, from when, and which article of which
/// amending act says so. One instruction gives one edit per operation ("les mots … sont
/// insérés … et le point en fin de phrase est remplacé …" gives two).
public struct Edit: Hashable, Sendable {
    /// The amending act and the place of the instruction inside it.
    public var source: EditSource
    /// The act amended, as resolved from the citation; `nil` when it could not be resolved.
    public var targetAct: ActCitation?
    /// The unit of the amended act, as the instruction cites it.
    public var target: EditTarget
    /// What is done; `nil` when the instruction could not be read (see ``error``).
    public var operation: Operation?
    /// The date from which the edit counts, or why it has none yet.
    public var effective: EffectiveDate?
    /// True when the edit takes effect before the amending act was published.
    public var retroactive: Bool
    /// The history the instruction recalls ("modifié par l'arrêté du Gouvernement du …"):
    /// information about the amended act, not edits.
    public var history: [String]
    /// Remarks the instruction makes that change nothing by themselves ("qui devient l'alinéa 4").
    public var notes: [String]
    /// What could not be read, when the edit is incomplete.
    public var error: String?
    /// The acts the instruction says inserted the alinéas it cites ("l'alinéa 2, inséré par
    /// l'arrêté du Gouvernement du 20 mai 2021"), for the timeline to check its numbering.
    public var insertedBy: [InsertionClaim] = []

    public init(source: EditSource, targetAct: ActCitation? = nil, target: EditTarget = EditTarget(), operation: Operation? = nil,
                effective: EffectiveDate? = nil, retroactive: Bool = false, history: [String] = [], notes: [String] = [], error: String? = nil) {
        self.source = source
        self.targetAct = targetAct
        self.target = target
        self.operation = operation
        self.effective = effective
        self.retroactive = retroactive
        self.history = history
        self.notes = notes
        self.error = error
    }
}

/// "l'alinéa 2, inséré par l'arrêté du Gouvernement du 20 mai 2021": the unit as cited and
/// the date of the one act the instruction says inserted it.
public struct InsertionClaim: Hashable, Sendable {
    public var unit: TargetPart
    public var date: LegalDate

    public init(unit: TargetPart, date: LegalDate) {
        self.unit = unit
        self.date = date
    }
}

/// The amending act as the Moniteur identifies it: numac, date, dossier number (by which
/// Justel cites it), publication.
public struct AmendingActRef: Hashable, Sendable {
    public var numac: String?
    public var date: LegalDate?
    public var dossier: String?
    public var publication: LegalDate?
    public var title: String?
    public var file: String

    public init(numac: String? = nil, date: LegalDate? = nil, dossier: String? = nil, publication: LegalDate? = nil, title: String? = nil, file: String) {
        self.numac = numac
        self.date = date
        self.dossier = dossier
        self.publication = publication
        self.title = title
        self.file = file
    }
}

/// Where an instruction stands: the amending act, the article, and the sub-instruction
/// (`art. 8, 2°, e)`), with file and line. Entry-into-force clauses point at such addresses.
public struct EditSource: Hashable, Sendable {
    public var act: AmendingActRef
    /// The article of the amending act, normalised (`1` for `1er`).
    public var article: String
    /// The enumerated sub-instruction, from the outermost (`[2°, e)]`).
    public var points: [PointLabel]
    public var line: Int?

    public init(act: AmendingActRef, article: String, points: [PointLabel] = [], line: Int? = nil) {
        self.act = act
        self.article = ArticleNumber.normalized(article)
        self.points = points
        self.line = line
    }

    public var file: String { act.file }

    /// `art. 8, 2°, e)`.
    public var address: String { Address(article: article, points: points).description }

    /// `Art. 8, 2°, e)`, as diagnostics name the unit.
    public var unit: String { "Art. " + String(address.dropFirst(5)) }
}

/// An act as an amending act cites it: its kind, date and title (and numac when the front
/// matter's `modifies:` gives it). Every citation of the same act ("de l'arrêté du
/// Gouvernement du 22 mai 2014 relatif aux …", "du même arrêté") resolves to one value.
public struct ActCitation: Hashable, Sendable {
    public var kind: ActKind?
    public var date: LegalDate?
    /// The words after the date (`relatif aux accueillants autonomes`), or the name of a
    /// code (`Code judiciaire`).
    public var title: String?
    public var numac: String?

    public init(kind: ActKind? = nil, date: LegalDate? = nil, title: String? = nil, numac: String? = nil) {
        self.kind = kind
        self.date = date
        self.title = title
        self.numac = numac
    }

    /// The act as a jurist names it: `arrêté du Gouvernement du 22 mai 2014 relatif aux …`.
    public var name: String {
        if kind == .code, let title { return title }
        var text = kind?.frenchName ?? "acte"
        if let date { text += " du " + date.french }
        if let title, !title.isEmpty { text += " " + title }
        return text
    }
}

/// One step of a citation, from the largest unit to the smallest.
public enum TargetPart: Hashable, Sendable {
    /// `titre 4`, `chapitre 1er`, `section 2.1`.
    case division(DivisionKind, String)
    /// A division the model has no kind for, by the word the instruction uses and its
    /// number: `sous-titre 1` ("le titre 2, sous-titre 1er, chapitre 4").
    case namedDivision(String, String)
    /// `l'annexe` (number empty) or `l'annexe 2`.
    case annex(String)
    /// `l'intitulé` of the act or of the division before it.
    case title
    case article(String)
    case paragraph(String)
    /// `l'alinéa 2`, counted from 1.
    case alinea(Int)
    /// `le dernier alinéa` (1), `l'avant-dernier alinéa` (2).
    case alineaFromEnd(Int)
    case point(PointLabel)
    /// `la deuxième phrase`; 0 for "la phrase", the unit's only sentence.
    case sentence(Int)
    /// "la phrase introductive": the words of an alinéa (or point) before the enumeration
    /// it introduces, its points excluded.
    case introduction

    /// Larger units have smaller levels; a citation goes down the levels. Divisions are
    /// ordered by kind ("le titre 2, sous-titre 3, chapitre 4, section 4"), so that a
    /// subject ("la section 4") adds to the divisions of its context.
    var level: Int {
        switch self {
        case .division(let kind, _): 10 * kind.rank
        case .namedDivision(let word, _): word == "sous-titre" ? 25 : 65
        case .annex: 0
        case .title: 90
        case .article: 100
        case .paragraph: 200
        case .alinea, .alineaFromEnd: 300
        case .point(let label): 400 + 100 * label.kind.rank
        case .introduction: 850
        case .sentence: 900
        }
    }

    /// The canonical short form of this step: `art. 8`, `§ 2`, `al. 2`, `2°`, `phrase 2`.
    public var description: String {
        switch self {
        case .division(let kind, let number): (kind == .other ? "division" : kind.frenchName.lowercased()) + " " + number
        case .namedDivision(let word, let number): word + " " + number
        case .annex(let number): number.isEmpty ? "annexe" : "annexe " + number
        case .title: "intitulé"
        case .article(let number): "art. " + number
        case .paragraph(let number): "§ " + number
        case .alinea(let n): "al. " + String(n)
        case .alineaFromEnd(let n): n == 1 ? "dernier al." : (n == 2 ? "avant-dernier al." : "al. \(n) depuis la fin")
        case .point(let label): label.kind == .dash ? "tiret " + label.value : label.description
        case .sentence(let n): n == 0 ? "phrase" : "phrase " + String(n)
        case .introduction: "phrase introductive"
        }
    }
}

/// The unit an edit acts on, as the instruction cites it, and the words inside it.
public struct EditTarget: Hashable, Sendable {
    /// From the largest unit down; empty means the act as a whole.
    public var parts: [TargetPart]
    /// The last unit of a range ("les articles 5 à 7", "les alinéas 3 et 4"), of the same
    /// kind as the last part.
    public var through: TargetPart?
    /// The words acted on ("les mots « A »", "la phrase « A »"); for a punctuation edit
    /// ("le point en fin de phrase"), the mark.
    public var words: String?
    /// The noun the instruction uses for them: `mots`, `mot`, `phrase`, `chiffre`, `point final`…
    public var wordsNoun: String?

    public init(parts: [TargetPart] = [], through: TargetPart? = nil, words: String? = nil, wordsNoun: String? = nil) {
        self.parts = parts
        self.through = through
        self.words = words
        self.wordsNoun = wordsNoun
    }

    /// The canonical address (`art. 160, § 4, al. 1, 10°`); `nil` for the act as a whole.
    public var description: String? {
        parts.isEmpty ? nil : parts.map(\.description).joined(separator: ", ")
    }

    /// The last unit of the range, in full (`art. 51, § 1, al. 4`).
    public var throughDescription: String? {
        guard let through else { return nil }
        return (parts.dropLast() + [through]).map(\.description).joined(separator: ", ")
    }

    /// The address in the model's terms, when the target is inside an article.
    public var address: Address? {
        var address: Address?
        for part in parts {
            switch part {
            case .article(let n): address = Address(article: n)
            case .paragraph(let p): address?.paragraph = p
            case .alinea(let n): address?.alinea = n
            case .point(let label): address?.points.append(label)
            case .sentence(let n): address?.sentence = n == 0 ? nil : n
            case .introduction: break
            case .division, .namedDivision, .annex, .title, .alineaFromEnd: return nil
            }
        }
        return address
    }
}

/// The five things an instruction can do.
public enum OperationKind: String, Hashable, Sendable, CaseIterable {
    /// A unit or words are replaced ("est remplacé par ce qui suit", "les mots … sont remplacés par …").
    case replace
    /// A unit or words are added ("il est inséré", "est complété par", "sont insérés entre").
    case insert
    /// A unit or words are repealed or deleted ("est abrogé", "sont supprimés").
    case repeal
    /// A unit takes another number ("l'alinéa 5 devient le § 2, alinéa 1er").
    case renumber
    /// No change to this language version ("(concerne le texte allemand)").
    case noop
}

/// Where new words or a new unit go.
public enum Position: Hashable, Sendable {
    /// At the end of the target ("est complété par").
    case end
    /// Before the words ("insérés avant les mots « A »").
    case before(String)
    /// After the words ("insérés après les mots « A »").
    case after(String)
    /// Between the words ("insérés entre les mots « A » et les mots « C »").
    case between(String, String)
    /// Before a unit ("avant le 1°").
    case beforeUnit(String)
    /// After a unit ("après l'alinéa 2").
    case afterUnit(String)
    /// Between two units ("entre les alinéas 2 et 3").
    case betweenUnits(String, String)
    /// Where its number places it ("il est inséré un 8.1°": after 8°).
    case byNumber

    /// A short name for output: `end`, `before`, `after`, `between`, `by-number`.
    public var name: String {
        switch self {
        case .end: "end"
        case .before, .beforeUnit: "before"
        case .after, .afterUnit: "after"
        case .between, .betweenUnits: "between"
        case .byNumber: "by-number"
        }
    }

    /// The words or units the position names.
    public var anchors: [String] {
        switch self {
        case .end, .byNumber: []
        case .before(let a), .after(let a), .beforeUnit(let a), .afterUnit(let a): [a]
        case .between(let a, let b), .betweenUnits(let a, let b): [a, b]
        }
    }
}

/// What an edit does, with its payload.
public struct Operation: Hashable, Sendable {
    public var kind: OperationKind
    /// "chaque fois": every occurrence inside the target (or the whole act).
    public var everyOccurrence: Bool
    /// New words ("par les mots « B »", "complété par les mots « B »", "sont insérés").
    public var newWords: String?
    /// The unit inserted or appended, as named: `alinéa`, `§ 3`, `11°`, `article 155.1`, `section 2.1`.
    public var newUnit: String?
    /// How many new units ("deux alinéas"), when the instruction says so.
    public var count: Int?
    /// The new text, one block per alinéa, paragraph, point or heading, as quoted.
    public var newText: [String]
    public var position: Position?
    /// The unit's new number ("devient le § 2, alinéa 1er"), for `renumber`.
    public var renumberedAs: String?
    /// The language version concerned, for `noop` (`allemand`, `néerlandais`).
    public var language: String?
    /// True when a repealed unit is re-established ("est rétabli dans la rédaction suivante").
    public var reestablishes: Bool

    public init(_ kind: OperationKind, everyOccurrence: Bool = false, newWords: String? = nil, newUnit: String? = nil, count: Int? = nil,
                newText: [String] = [], position: Position? = nil, renumberedAs: String? = nil, language: String? = nil, reestablishes: Bool = false) {
        self.kind = kind
        self.everyOccurrence = everyOccurrence
        self.newWords = newWords
        self.newUnit = newUnit
        self.count = count
        self.newText = newText
        self.position = position
        self.renumberedAs = renumberedAs
        self.language = language
        self.reestablishes = reestablishes
    }
}

/// The date from which an edit counts, or the reason it has none yet.
public enum EffectiveDate: Hashable, Sendable {
    case date(LegalDate)
    /// Not in force yet: "à une date fixée par le Gouvernement", with those words.
    case pending(String)

    public var date: LegalDate? {
        if case .date(let d) = self { return d }
        return nil
    }
}

/// The edits read from amending acts, and every problem found.
public struct EditsResult: Sendable {
    public var edits: [Edit]
    public var diagnostics: [Diagnostic]
    /// Dates this act fixes for another act's pending edits.
    public var fixings: [DateFixing]

    public init(edits: [Edit] = [], diagnostics: [Diagnostic] = [], fixings: [DateFixing] = []) {
        self.edits = edits
        self.diagnostics = diagnostics
        self.fixings = fixings
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A later act fixing the date of an earlier amending act's pending edits ("Les articles 4
/// et 5 du décret du 17 juin 2021 modifiant … entrent en vigueur le 1er janvier 2022"):
/// from its publication on, those edits carry that date (field guide, section 5).
public struct DateFixing: Hashable, Sendable {
    /// The earlier amending act, as cited.
    public var act: ActCitation
    /// Its articles (and sub-instructions) whose date is fixed; empty for the act as a
    /// whole ("Le décret du … entre en vigueur le …").
    public var selectors: [SourceSelector]
    public var effective: LegalDate
    /// The act that fixes the date, and where it says so.
    public var source: EditSource

    public init(act: ActCitation, selectors: [SourceSelector], effective: LegalDate, source: EditSource) {
        self.act = act
        self.selectors = selectors
        self.effective = effective
        self.source = source
    }

    /// True when this fixing gives `edit` its date: the edit is pending, from the act
    /// cited (same date, same kind of act) and from one of the parts named.
    public func applies(to edit: Edit) -> Bool {
        guard case .pending? = edit.effective else { return false }
        let source = edit.source.act
        guard let date = act.date, date == source.date else { return false }
        if let kind = act.kind, let other = source.title.flatMap(ActKind.fromTitle), !CitationRegistry.sameKind(kind, other) { return false }
        return selectors.isEmpty || selectors.contains { $0.contains(edit.source) }
    }
}
