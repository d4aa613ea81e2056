import ChronolexModel
import ChronolexReaders

/// Why an instruction could not be read completely.
struct InstructionError: Error, Sendable {
    /// `notOurs`: the clause is about another act, whose parts Chronolex does not date here
    /// (a warning, not an error of this act).
    /// `tooFewUnits`: the new text holds fewer units than the instruction announces (the
    /// rest may be quoted in the alinéas after it).
    /// `endOfForce`: « cesse d'être en vigueur », said as a warning (``EntryIntoForceReader``).
    enum Kind: Sendable { case noForm, unbalancedQuote, missingText, tooFewUnits, notOurs, endOfForce, other }
    var kind: Kind
    var message: String
    /// What was understood before the problem: the edits of the clauses read, and the
    /// clause that failed as far as it was read.
    var partial: [ClauseOutput] = []
    var act: ActCitation?
    var history: [String] = []
    /// The place named before a verb that was not read (« Dans l'article 5, les mots « x »
    /// sont bidouillés »), when what the clause can change is inside it: a unit of one article
    /// (its words, or a unit below it), the unread words naming no other unit.
    var place: UnitReference?

    init(_ message: String, kind: Kind = .other) {
        self.kind = kind
        self.message = message
    }

}

/// What a clause is about, read before its verb. Indirect: every form reads it (``ClauseInput``),
/// and a `Reference` held in place was copied whole — some 300 bytes and a retain per field —
/// by each form that looked at it.
indirect enum Subject {
    /// Nothing before the verb ("il est inséré …", "(concerne le texte allemand)").
    case none
    /// Units: "l'alinéa 2", "L'article 137 du même arrêté", "le 4°", "l'alinéa".
    case unit(Reference)
    /// Words: "les mots « A »", "la phrase « A »", "le chiffre « 60 »"; the noun and the quotations.
    case words(noun: String, quotes: [String])
    /// A punctuation mark: "le point en fin de phrase".
    case punctuation(mark: String, noun: String)
    /// "la fin de la première phrase": from an anchor to the end of the unit.
    case endOf(Reference)
    /// "les modifications suivantes".
    case modifications
    /// "le tableau", "de tabel": the one table the target holds.
    case table
}

/// Everything a form needs to read a clause: the target inherited and cited so far, the
/// subject, and a place given before it ("avant le 1°", "Après le mot « X »,").
struct ClauseInput {
    var context: [UnitStep]
    var subject: Subject
    /// The context with the subject's units (and the last unit of a range).
    var target: UnitReference
    /// "Après le mot « X »,", "avant les mots « A »,": a place among the target's words.
    var wordAnchor: WordPosition?
    /// "avant le 1°,", "après l'alinéa 2,": a place among units, named in full.
    var unitAnchor: UnitPosition?
    /// The change of the clause before, in the same instruction ("… est remplacé par … et
    /// le montant de « A » par le montant de « B »": its verb left out).
    var previous: Change?
    /// The rows of the table printed after the instruction without quotation marks
    /// (``TableText/split(_:)``); empty when there is none.
    var tableRows: [String] = []
}

/// What a form read: an edit's target and change, or the target of a lead-in.
struct ClauseOutput {
    var target: UnitReference
    var change: Change?
    var isLeadIn = false
    var notes: [String] = []
    /// "remplacée par l'annexe du présent arrêté": the new text is this act's own annex,
    /// which the reader of the whole act fills in.
    var byOwnAnnex = false
    /// Which of the act's own annexes ("l'annexe 2 jointe au présent arrêté"), when it says.
    var ownAnnex: String?
    /// True when the clause announced a new text ("rédigé comme suit", "par ce qui suit").
    var announced = false
    /// What the change's new text is to be read as, once the whole instruction is read.
    var readAs: FragmentReader.Expected?
    /// A lead-in's part of a table its sub-instructions change ("… sont apportées concernant
    /// le premier domaine d'utilisation :"): only their words can be changed there.
    var table: [String] = []
    /// What the act's own wording lacks and the reading supplies ("the instruction has no
    /// verb …"): a note of the edit, and a warning at the instruction's line.
    var warnings: [String] = []
    /// Rows of a table the clause names after its verb (« la croix est supprimée pour les
    /// lignes ayant trait aux matières … »): each its own edit, as rows named before it are.
    var rows: [TableRow] = []
    /// Acts named after the verb, in a place (« il est inséré, entre les articles 16 et 17 de
    /// l'arrêté royal du …, un article »): the instruction's act, as one named before it.
    var acts: [CitedAct] = []
}

/// One form of instruction ("les mots « A » sont remplacés par les mots « B »"). Each form
/// lives in a file of its own under its language's folder (`French/`, `Dutch/`), named
/// for it; adding a form is adding a file and a line to that language's list of forms
/// (``Grammar/french``, ``Grammar/dutch``), and a case to its test.
protocol InstructionForm: SendableMetatype {
    /// Reads the clause from the verb on; `nil` when the form does not apply (the caller
    /// puts the cursor back).
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]?
}

/// The nouns that introduce quoted words, in both languages (the shared lexicon's).
enum WordNouns {
    static let all: FoldedWords = Lexicon.wordNouns

    /// "les mots « A »", "le mot : « A »", "la phrase « A »", "le montant de « A »", "le
    /// membre de phrase « A »": the noun and the words.
    static func read(_ s: inout Scanner) -> (noun: String, text: String)? {
        let start = s.index
        _ = s.takeAny(["le", "la", "les", "l'", "de", "des", "du", "het"])
        guard let noun = s.word(), Lexicon.wordNouns.contains(noun), let token = s.peek() else { s.index = start; return nil }
        s.index += 1
        if noun == "membre" || noun == "membres" {
            guard s.take("de", "phrase") else { s.index = start; return nil }
        }
        _ = s.takeAny(["de", "du"])
        _ = s.take(":")
        guard let text = s.takeQuote() else { s.index = start; return nil }
        return (token.text, text)
    }
}

/// Reads one instruction (its words, without the label of its point) into clauses, with
/// the words of one language: the places before a clause ("Dans l'article 2, …", "In
/// artikel 2 …"), the clause's subject, then the first of the language's forms that reads
/// its verb; clauses joined by "et" / "en".
struct InstructionParser {
    let grammar: Grammar
    var registry: CitationRegistry
    /// The target and act of the instruction read last, for "La même section …".
    var lastTarget: [UnitStep] = []
    var lastAct: ActCitation?
    /// The units the amending act's own articles insert, in full, by article number: "le
    /// Titre V, inséré par l'article 1er" is the title art. 1 inserted, in its act.
    var insertedByArticle: [String: (act: ActCitation?, steps: [UnitStep])] = [:]
    /// The words of the texts of the article being read, already cut and normalized
    /// (``Lookahead``), by text; a text not among them is cut when it is read.
    var prepared = PreparedWords()

    init(grammar: Grammar, registry: CitationRegistry) {
        self.grammar = grammar
        self.registry = registry
    }

    /// A history clause ("modifié par …") and the unit it follows.
    typealias History = (unit: [UnitStep], clause: String)

    struct Parsed {
        var outputs: [ClauseOutput] = []
        var act: ActCitation?
        /// The history clauses read ("modifié par …"), each with the unit it follows.
        var histories: [History] = []
        var notes: [String] = []
        var insertions: [InsertionClaim] = []

        /// Every history clause of the instruction.
        var history: [String] { histories.map(\.clause) }

        /// The history clauses of the units an edit of `target` is in: « dans le § 1er, 4°,
        /// modifié par …, et 6°, … » says the 4°'s history, not the 6°'s (it was given to
        /// every place, without a word).
        func history(of target: UnitReference) -> [String] {
            Self.clauses(histories, of: target)
        }

        /// The clauses of `histories` whose unit holds `target` or is held by it.
        static func clauses(_ histories: [History], of target: UnitReference) -> [String] {
            histories.filter { target.steps.starts(with: $0.unit) || $0.unit.starts(with: target.steps) }.map(\.clause)
        }
        /// The cell of a table the instruction (or its lead-in) names: only its words can be
        /// changed (the model holds no tables).
        var table: [String] = []
        /// The rows of a table the places describe (« la ligne qui commence par " X " »).
        var rows: [TableRow] = []
        /// True when the subject is « la disposition » of a table's cell, where a row and a
        /// column meet (``Change/replaceCell(_:)``).
        var cellSubject = false
        /// The sentences its quotations break over two lines (``NewTextLayout/brokenSentence(inQuotation:)``).
        var brokenSentences: [(lines: (String, String), message: String)] = []
    }

    /// Reads `text` with the target and act inherited from a lead-in; `listed` is the change
    /// a lead-in gives points that only cite their unit ("les articles suivants sont abrogés :").
    mutating func parse(_ text: String, context: [UnitStep], act inherited: ActCitation?, listed: Change? = nil, table: [String] = []) throws(InstructionError) -> Parsed {
        // "… le tableau est remplacé par le tableau suivant :" then its rows, unquoted: read
        // with the rows apart, kept only when a clause takes them; else the text as it is.
        if let (head, rows, parts) = TableText.split(text) {
            var trial = self
            if var parsed = try? trial.parse(head, tableRows: rows, context: context, act: inherited, listed: listed, table: table),
               parsed.outputs.contains(where: { output in
                   switch output.change {
                   case .replaceTable?: !head.hasSuffix("»")
                   case .insertUnits(let unit, _, _)?: if case .entry = unit.kind { true } else { false }
                   default: false
                   }
               }) {
                self = trial
                if parts > 1 {
                    for k in parsed.outputs.indices {
                        guard case .replaceTable? = parsed.outputs[k].change else { continue }
                        parsed.outputs[k].warnings.append("the new table is printed as \(parts) tables one after the other (a page of the Moniteur between them): read as the one table the instruction announces")
                    }
                }
                return parsed
            }
        }
        return try parse(text, tableRows: [], context: context, act: inherited, listed: listed, table: table)
    }

    private mutating func parse(_ text: String, tableRows: [String], context: [UnitStep], act inherited: ActCitation?, listed: Change?,
                                table: [String]) throws(InstructionError) -> Parsed {
        var parsed = Parsed()
        parsed.table = table
        let words = prepared[TextKey(text)] ?? NormalizedWords(text)
        let tokens: [Token]
        switch words.tokens {
        case .success(let normalized): tokens = normalized
        case .failure(let error): throw InstructionError(error.message, kind: .unbalancedQuote)
        }
        parsed.notes += words.notes
        parsed.brokenSentences = tokens.lazy.filter { $0.kind == .quote && holdsByte($0.text, 0x0A) }.compactMap { NewTextLayout.brokenSentence(inQuotation: $0.text) }
        var s = Scanner(tokens, references: words.references)
        var context = context
        var act = inherited
        var wordAnchor: WordPosition?
        /// "les articles 20 et 24": the unit named first, and the others, each its own edit.
        /// `citedBelow`: the same citation names units below the list ("les articles 20 et 24,
        /// alinéa 2").
        var expansion: (first: UnitStep, others: [UnitStep], citedBelow: Bool)?
        var unitAnchor: UnitPosition?
        var named = false
        let grammar = self.grammar
        /// "Dans le texte néerlandais de l'article 3, …": the language version the
        /// instruction is about.
        var version: String?
        /// "Dans l'alinéa 5, 2° et 3°, le mot …": the last unit of a range the places name.
        var placeThrough: UnitStep?
        /// True when that range is two units joined by « et » ("dans les §§ 2 et 3"): those
        /// two exactly, whatever stands between them.
        var placeThroughByEt = false
        /// The units a place of this instruction named last, and the places named before a
        /// sibling one: "dans le § 2, 2°, dans le § 3, 2° et dans le § 4, 3°, les mots …" is
        /// the change in each (it once kept the last place alone, without a word).
        var lastPlace: [UnitStep]?
        var siblingPlaces: [[UnitStep]] = []
        /// True after "et" starts another clause: the places of the clause before are its
        /// places too, until it names its own.
        var newClause = false

        func absorb(_ ref: inout Reference) throws(InstructionError) {
            if let noun = ref.sameUnit {
                // "La même section": the section the instruction before cited, in its act.
                guard let index = lastTarget.lastIndex(where: { InstructionParser.isUnit($0, named: noun) }) else {
                    let article = ["section", "sous-section", "partie"].contains(noun) ? "la" : "le"
                    throw InstructionError("« \(article) même \(noun) » but no \(noun) was cited before")
                }
                ref.parts = Array(lastTarget[...index]) + ref.parts
                if ref.act == nil, let previous = lastAct {
                    act = previous
                    named = true
                }
            }
            if let article = ref.insertedByArticle, let inserted = insertedByArticle[article],
               ref.parts.count == 1, let new = inserted.steps.last, InstructionParser.sameUnit(ref.parts[0], new) {
                // "Dans le chapitre Ier inséré par l'article 2": that chapter, where art. 2 put it.
                ref.parts = inserted.steps
                if ref.act == nil, let cited = inserted.act, !named {
                    act = cited
                    named = true
                }
            }
            let unit = ReferenceReader.merge(context, ref.parts)
            parsed.histories += ref.history.map { (unit, $0) }
            if let claim = ref.insertion { parsed.insertions.append(claim) }
            parsed.notes += ref.notes
            parsed.table += ref.table
            parsed.rows += ref.tableRows
            if let second = ref.secondList {
                throw InstructionError("two lists of units in one citation (\(ref.listed?.description ?? "") and \(second.description) …) are not read yet")
            }
            if let beside = ref.beside {
                // « 3° et 4°, a) »: the 3° a place of its own, before the 4°, a).
                guard placeThrough == nil, expansion == nil else {
                    throw InstructionError("several places, one of them a range or a list (\(UnitReference(beside).description) and …), are not read yet")
                }
                siblingPlaces.append(ReferenceReader.merge(context, beside))
            }
            if !ref.others.isEmpty, let first = ref.listed {
                guard expansion == nil else { throw InstructionError("two lists of units in one instruction (\(first.description) and …) are not read yet") }
                expansion = (first, ref.others, ref.parts.last != first)
            }
            if let cited = ref.act {
                switch registry.resolve(cited) {
                case .success(let citation):
                    if let previous = act, named, previous != citation {
                        throw InstructionError("the instruction cites two acts: the \(previous.name) and the \(citation.name)")
                    }
                    act = citation
                    named = true
                case .failure(let error): throw error
                }
            }
        }

        /// A place beside the one named before it (`parts`, after the places in `context`):
        /// both are the instruction's places; not with a range or a list among them.
        func besideLastPlace(_ parts: [UnitStep]) throws(InstructionError) {
            guard placeThrough == nil, expansion == nil else {
                throw InstructionError("several places, one of them a range or a list (\(UnitReference(context).description), then \(UnitReference(parts).description)), are not read yet")
            }
            siblingPlaces.append(context)
        }

        // "(concerne le texte allemand)" stands alone.
        if let noop = grammar.noop,
           let outputs = try noop.read(&s, ClauseInput(context: context, subject: .none, target: UnitReference(context))) {
            parsed.outputs = outputs
            parsed.act = act ?? registry.titleAct
            try finish(&s)
            return parsed
        }

        // Phrases before the clause: "Dans l'article 2, 11°, de l'arrêté …,", "A l'article 51 du même
        // arrêté,", "au § 4, alinéa 1er, inséré par …,", "avant le 1°,", "Après le mot « X »,".
        // A later clause may name its own place: "… et au 4°, inséré par …, le point …".
        func readPlaces() throws(InstructionError) {
            while let w = s.foldedWord() {
                let save = s.index
                // "…, dans le § 3, 2° et dans le § 4, 3°, les mots …": the last of several places.
                if w == grammar.and, !siblingPlaces.isEmpty || lastPlace != nil, let next = s.foldedWord(1), grammar.placeWords.contains(next),
                   next != "a" || s.isWord("l'", at: 2) || s.isWord("la", at: 2) {
                    s.index += 1
                    continue
                }
                // "dans le § 1er, 4°, modifié par …, et 6°, dans le § 2, …" (2020200575, art. 17):
                // after a history clause, a unit of the same level as the last place, beside it.
                if w == grammar.and, let previous = lastPlace, let deepest = previous.last, ReferenceReader.isStepStart(s, at: 1) {
                    s.index += 1
                    guard var ref = ReferenceReader.read(&s), ref.act == nil, ref.parts.count == 1, ref.parts[0].level == deepest.level else {
                        s.index = save
                        break
                    }
                    try besideLastPlace(ref.parts)
                    try absorb(&ref)
                    lastPlace = ref.parts
                    context = ReferenceReader.merge(context, ref.parts)
                    _ = s.take(",")
                    continue
                }
                if grammar.placeWords.contains(w) {
                    s.index += 1
                    if let language = Lexicon.languageVersion(&s) {
                        version = language
                        // "Dans le texte néerlandais de l'article 3,": the unit follows.
                        if s.takeAny(["de", "du", "des", "van"]) != nil {
                            guard var ref = ReferenceReader.read(&s) else { s.index = save; break }
                            try absorb(&ref)
                            context = ReferenceReader.merge(context, ref.parts)
                        }
                        _ = s.take(",")
                        continue
                    }
                    guard var ref = ReferenceReader.read(&s) else { s.index = save; break }
                    try absorb(&ref)
                    if newClause {
                        siblingPlaces = []
                        newClause = false
                    }
                    // "Dans le point 3° au point B de l'annexe VI.3-2" (2023200641, art. 13): a
                    // place right after the one before, without a comma, and wholly above it,
                    // is its container (it once took the container's place, the 3° lost
                    // without a word).
                    if let previous = lastPlace, save > 0, s.tokens[save - 1].text != ",", ref.through == nil,
                       let deepest = ref.parts.map(\.level).max(), let top = previous.map(\.level).min(), deepest < top {
                        lastPlace = ref.parts + previous
                        context = ReferenceReader.merge(context, ref.parts + previous)
                        _ = s.take(",")
                        continue
                    }
                    // A place at the level of the one before, or above it, is not inside it
                    // but beside it: both are the instruction's places.
                    if let previous = lastPlace, let top = ref.parts.map(\.level).min(), let deepest = previous.map(\.level).max(),
                       top <= deepest, ref.act == nil, !ref.parts.contains(where: \.isDivision) {
                        try besideLastPlace(ref.parts)
                    }
                    if !ref.parts.isEmpty { lastPlace = ref.parts }
                    context = ReferenceReader.merge(context, ref.parts)
                    placeThrough = ref.through
                    placeThroughByEt = ref.throughByEt
                    if let level = ref.bareLevel, ref.parts.isEmpty { context = try Self.bareUnit(level, in: context, table: parsed.table) }
                    _ = s.take(",")
                    continue
                }
                // « Entre les articles 5bis et 6, il est inséré … », « 1° tussen de artikelen 2
                // en 3 wordt een artikel 2/1 ingevoegd » (look 28: not read): a place among units
                // before the verb, read as after it.
                if w == grammar.placement.between {
                    var holder = context
                    var position: UnitPosition?
                    var notes: [String] = []
                    try UnitPlacement.read(&s, target: &holder, position: &position, notes: &notes, words: grammar.placement, absorbing: absorb)
                    guard let position else {
                        s.index = save
                        break
                    }
                    // The unit that holds the two (« entre les alinéas 1er et 2 de l'article 5 »:
                    // art. 5) is where the new unit goes, as when the place follows the verb.
                    context = holder
                    unitAnchor = position
                    parsed.notes += notes
                    continue
                }
                if w == grammar.before || w == grammar.after {
                    s.index += 1
                    let isBefore = w == grammar.before
                    if !isBefore, s.take("le", "tableau", "relatif", "au", "titre"), let title = s.takeQuote() {
                        // « après le tableau relatif au titre " Test sur … " » (2023200531, art. 8,
                        // 6°, b) and c)): a table of the target, by the title above it.
                        unitAnchor = .afterTable(titled: title.trimmingSpaces)
                    } else if let words = WordNouns.read(&s) {
                        wordAnchor = isBefore ? .before(words.text) : .after(words.text)
                    } else if var ref = ReferenceReader.read(&s), !ref.parts.isEmpty {
                        try absorb(&ref)
                        let unit = UnitReference(ReferenceReader.merge(context, ref.parts))
                        unitAnchor = isBefore ? .before(unit) : .after(unit)
                    } else {
                        s.index = save
                        break
                    }
                    _ = s.take(",")
                    continue
                }
                break
            }
        }
        try readPlaces()

        // Clauses, joined by "et" / "en".
        while true {
            let subjectStart = s.index
            var subject = Subject.none
            var target = UnitReference(context, through: placeThrough)
            var wrap: [UnitStep]?
            if grammar.modifications.contains(where: { s.take($0) }) {
                subject = .modifications
            } else if grammar.table.contains(where: { s.take($0) }) {
                subject = .table
            } else if let words = readWordsSubject(&s) {
                subject = words
                if let row = Self.tableRow(&s) { parsed.notes.append(row) }
            } else if let mark = readPunctuationSubject(&s) {
                subject = .punctuation(mark: mark.mark, noun: mark.noun)
            } else if grammar.endOf.contains(where: { s.take($0) }) {
                if var ref = ReferenceReader.read(&s) {
                    try absorb(&ref)
                    subject = .endOf(ref)
                    target = UnitReference(ReferenceReader.merge(context, ref.parts))
                } else {
                    s.index = subjectStart
                }
            } else if !(s.word().map(grammar.verbStarts.contains) ?? false), var ref = ReferenceReader.read(&s) {
                try absorb(&ref)
                // "Dans l'article 8, § 4, l'alinéa 1er, du même arrêté, les mots « A » …": a unit
                // whose words are the subject, a place written without its preposition.
                if ref.wrapAs == nil, s.isMark(","), startsWordsSubject(s, at: s.index + 1) {
                    // A range kept as the place's (look 34: « …, les alinéas 1er et 2, le mot … »
                    // changed the first alinéa only, without a word); a list, said.
                    if ref.listed != nil || !ref.others.isEmpty {
                        throw InstructionError("words in each of several units named before them (\(UnitReference(ReferenceReader.merge(context, ref.parts)).description) and others) are not read yet")
                    }
                    context = ReferenceReader.merge(context, ref.parts)
                    if ref.through != nil {
                        placeThrough = ref.through
                        placeThroughByEt = ref.throughByEt
                    }
                    s.index += 1
                    continue
                }
                // "l'alinéa 3 et l'alinéa 4 sont abrogés": the next unit of the same kind, a range.
                if ref.through == nil, let last = ref.parts.last, s.isWord(grammar.and) {
                    let save = s.index
                    s.index += 1
                    if let second = ReferenceReader.read(&s), second.act == nil, second.parts.count == 1, let other = second.parts.first,
                       InstructionParser.follows(other, last) {
                        ref.through = other
                    } else {
                        s.index = save
                    }
                }
                if let range = placeThrough, ref.through == nil, !ref.parts.isEmpty, placeThroughByEt, expansion == nil,
                   let first = context.last, first.level == range.level {
                    // "dans les §§ 2 et 3, le 1° est à chaque fois abrogé" (2020200575, art. 17):
                    // the unit in each of the two units named, each its own edit.
                    expansion = (first, [range], false)
                    placeThrough = nil
                } else if let range = placeThrough, ref.through == nil, !ref.parts.isEmpty {
                    // "Dans l'article 2, 1° à 3°, la phrase est complétée …": one unit in each
                    // unit of a range; said rather than narrowed to the first.
                    throw InstructionError("a unit inside each unit of a range (\(UnitReference(context).description) à \(range.description), then \(UnitReference(ref.parts).description)) is not read yet")
                }
                subject = .unit(ref)
                var steps = ReferenceReader.merge(context, ref.parts)
                if let level = ref.bareLevel, ref.parts.isEmpty {
                    if Self.isCell(level, in: context, table: parsed.table) {
                        parsed.cellSubject = true
                    } else {
                        steps = try Self.bareUnit(level, in: context, table: parsed.table)
                    }
                }
                target = UnitReference(steps, through: ref.through)
                wrap = ref.wrapAs
            }
            // "1. l'article 1er, 7° ;" under "les articles suivants sont abrogés :": the unit alone.
            if let listed, case .unit = subject, s.tokens[s.index...].allSatisfy({ $0.kind == .punctuation }) {
                s.index = s.tokens.count
                parsed.outputs.append(ClauseOutput(target: target, change: listed))
                break
            }
            _ = s.take(",")
            let input = ClauseInput(context: context, subject: subject, target: target, wordAnchor: wordAnchor, unitAnchor: unitAnchor,
                                    previous: parsed.outputs.last?.change, tableRows: tableRows)
            if let wrap {
                // "L'article 10, dont le texte actuel formera le § 1er, …": the present text is renumbered.
                let renumbered = UnitReference(wrap)
                parsed.outputs.append(ClauseOutput(target: UnitReference(target.steps), change: .renumber(as: renumbered),
                                                   notes: ["dont le texte actuel formera le \(renumbered.description)"]))
            }
            var matched: [ClauseOutput]?
            let verb = s.index
            do {
                for form in grammar.forms {
                    s.index = verb
                    if let outputs = try form.read(&s, input) {
                        matched = outputs
                        break
                    }
                }
            } catch {
                var error = error
                error.partial = parsed.outputs + error.partial
                error.act = act ?? registry.titleAct
                error.history = parsed.history
                throw error
            }
            guard let outputs = matched else {
                s.index = subjectStart
                var error = InstructionError("matches no known instruction form: «\(s.rest(limit: 14))»", kind: .noForm)
                error.partial = parsed.outputs
                error.act = act ?? registry.titleAct
                error.history = parsed.history
                if siblingPlaces.isEmpty, expansion == nil {
                    error.place = Self.unreadPlace(target, subject: subject, unread: s.tokens[verb...])
                }
                throw error
            }
            // The acts the form read in a place after the verb: the instruction's, as any.
            for cited in outputs.flatMap(\.acts) {
                var ref = Reference()
                ref.act = cited
                try absorb(&ref)
            }
            // A place among units (« après l'alinéa 2, », « après le tableau … ») is new units'
            // only: a change of words or units would go elsewhere, the place dropped.
            if let anchor = unitAnchor, let other = outputs.first(where: { output in
                if output.isLeadIn { return false }
                if case .insertUnits? = output.change { return false }
                return true
            }) {
                var error = InstructionError("a place among units (\(Self.describe(anchor))) is given to a change that brings no new unit (\(other.change?.kind.rawValue ?? "a lead-in")): where it goes is not said")
                error.partial = parsed.outputs
                error.act = act ?? registry.titleAct
                throw error
            }
            // The clause in each of its places, when it names several.
            parsed.outputs += siblingPlaces.isEmpty ? outputs : try Self.expand(outputs, places: siblingPlaces, last: context)
            parsed.rows += outputs.flatMap(\.rows)
            lastPlace = nil
            newClause = true
            // Another clause: "… et le point en fin de phrase est remplacé …", ", et les mots …".
            let save = s.index
            _ = s.take(",")
            if s.take(grammar.and), !s.atEnd {
                // "… par les mots « B » et;": a joiner left at the end of a point.
                if s.tokens[s.index...].allSatisfy({ $0.kind == .punctuation }) { break }
                try readPlaces()
                continue
            }
            // "… est remplacée par la date du « B », la date du « C » est remplacée par …":
            // clauses in a list, the last joined by "et".
            if s.index > save, startsWordsSubject(s, at: s.index) { continue }
            s.index = save
            break
        }
        if act == nil {
            if let titleAct = registry.titleAct {
                act = titleAct
            }
        }
        parsed.act = act
        // « … remplacé par le mot " Stunden " (concerne le texte allemand). » (look 20: « unexpected
        // words »): the language version the whole instruction is about, said after it.
        if let noop = grammar.noop, version == nil, !s.atEnd {
            var probe = s
            if let outputs = try? noop.read(&probe, ClauseInput(context: context, subject: .none, target: UnitReference(context))),
               case .noop(let language)? = outputs.first?.change {
                version = language
                s = probe
            }
        }
        try finish(&s)
        if let version, version != Lexicon.name(of: grammar.language) {
            // An instruction about another language version changes nothing in this one.
            parsed.outputs = parsed.outputs.map { ClauseOutput(target: UnitReference($0.target.steps), change: .noop(language: version)) }
            parsed.notes.append("dans le texte \(version)")
        }
        // The place is known even when the new text then proves wrong: "le même chapitre"
        // of the next instruction is this one's.
        if let last = parsed.outputs.last {
            lastTarget = last.target.steps
            lastAct = act
        }
        if let (first, others, citedBelow) = expansion {
            try Self.expand(&parsed, first, into: others, citedBelow: citedBelow)
        }
        try readNewTexts(&parsed)
        try Self.checkTableCell(&parsed)
        for cell in parsed.table where !parsed.notes.contains(cell) { parsed.notes.append(cell) }
        return parsed
    }

    /// "dans le § 2, 2°, dans le § 3, 2° et dans le § 4, 3°, les mots « A » sont remplacés
    /// …": each output again in each place named before the last, in the order written.
    /// Only changes of words, repeals and renumberings are so repeated: one new text for
    /// several places, or a lead-in on them, does not say which part goes where.
    static func expand(_ clause: [ClauseOutput], places: [[UnitStep]], last: [UnitStep]) throws(InstructionError) -> [ClauseOutput] {
        var outputs: [ClauseOutput] = []
        for output in clause {
            guard output.target.steps.starts(with: last) else {
                throw InstructionError("several places are named, but the change is not inside the last of them (\(output.target.description))")
            }
            let listed = (places + [last]).map { UnitReference($0).description }.joined(separator: "; ")
            if output.isLeadIn { throw InstructionError("a lead-in on several places (\(listed)) is not read yet") }
            switch output.change {
            case .replaceUnits?, .insertUnits?, .reestablish?:
                throw InstructionError("several places (\(listed)) are given one new text: the instruction does not say which part goes where")
            default: break
            }
            let rest = output.target.steps.dropFirst(last.count)
            for place in places {
                var copy = output
                copy.target.steps = place + rest
                outputs.append(copy)
            }
            outputs.append(output)
        }
        return outputs
    }

    /// "Dans les articles 20 et 24, le mot « dix » est remplacé …", "Les articles 21 et 24
    /// sont abrogés": each output again for each other unit named, in its place. A lead-in
    /// on several units is not read (its sub-instructions would all go to the first).
    static func expand(_ parsed: inout Parsed, _ first: UnitStep, into others: [UnitStep], citedBelow: Bool) throws(InstructionError) {
        var outputs: [ClauseOutput] = []
        for output in parsed.outputs {
            guard let index = output.target.steps.firstIndex(of: first) else {
                outputs.append(output)
                continue
            }
            let listed = ([first] + others).map(\.description).joined(separator: ", ")
            if output.isLeadIn {
                throw InstructionError("a lead-in on several units (\(listed)) is not read yet: its sub-instructions would not say which")
            }
            var notes: [String] = []
            switch output.change {
            case .replaceUnits(let text)? where text.blocks.count == 1 && ([first] + others).allSatisfy(Self.isValueField):
                // « la base de remboursement et le montant du remboursement … sont remplacés
                // par ce qui suit : « 15.000,00 EUR » » (2023040057): one value, each field's.
                notes.append("one new text for \(listed): each field's")
            case .replaceUnits(let text)? where others.count == 1 && Self.labelAndTable(first, others[0], text) != nil:
                // « le libellé et les modalités de remboursement de la prestation … sont remplacés
                // par ce qui suit : « Un ou plusieurs implants … » and the table of its
                // category, base, margins and condition (2023040057, art. 1, 1°, b)): the
                // words are the label, the table the terms — each in its place.
                let (label, table) = Self.labelAndTable(first, others[0], text)!
                var output = output
                output.change = .replaceUnits(label)
                output.notes.append("one new text for \(listed): its words the label, its table the terms of reimbursement")
                outputs.append(output)
                var terms = output
                terms.target.steps[index] = others[0]
                terms.change = .replaceUnits(table)
                outputs.append(terms)
                continue
            case .replaceUnits?, .insertUnits?, .reestablish?:
                // "les alinéas 2 et 4 sont remplacés par ce qui suit : « … »": which part of the
                // one text goes where is not said.
                throw InstructionError("\(listed) are given one new text: the instruction does not say which part goes where")
            default: break
            }
            var output = output
            output.notes += notes
            // « Dans les articles 20 et 24, alinéa 2, » may say the alinéa 2 of each, or all of
            // art. 20 and the alinéa 2 of art. 24 (look 16, doubtful): read as the first, and
            // said on every unit but the last, the one both readings agree on. Not when the
            // units below are the clause's own (« dans les §§ 2 et 3, le 1° est abrogé »).
            let below = output.target.steps[(index + 1)...]
            let ambiguous = citedBelow && !below.isEmpty && !Self.isField(first)
            let all = [first] + others
            for (k, unit) in all.enumerated() {
                var copy = output
                copy.target.steps[index] = unit
                if ambiguous, k < all.count - 1 {
                    let place = UnitReference(Array(copy.target.steps[...index])).description
                    let rest = UnitReference(Array(below)).description
                    let named = all.dropLast().map(\.description).joined(separator: ", ") + " and " + all[all.count - 1].description
                    copy.warnings.append("\(named), then \(rest): read as the \(rest) of each; the text may also mean all of \(place), which is not changed beyond \(copy.target.description)")
                }
                outputs.append(copy)
            }
        }
        parsed.outputs = outputs
    }

    /// A field of an entry that holds one value (« la base de remboursement », « le montant du
    /// remboursement »): several take one value each. A label or terms are text, never one
    /// value shared (hand check 17: « le libellé et les modalités … » given a label alone set
    /// both to it; « la base, le montant et le libellé … « 15.000,00 EUR » » the label to an
    /// amount).
    static func isField(_ step: UnitStep) -> Bool {
        if case .field = step { true } else { false }
    }

    static func isValueField(_ step: UnitStep) -> Bool {
        guard case .field(let name) = step else { return false }
        let folded = name.folded
        return !folded.hasPrefix("libelle") && !folded.hasPrefix("modalites")
    }

    /// A prestation's label and its terms of reimbursement given one new text: the words
    /// before its one table, and that table (`_Table:_` and the rows) — when the two fields
    /// are « libellé » and « modalités de remboursement », in that order. `nil` otherwise.
    static func labelAndTable(_ first: UnitStep, _ second: UnitStep, _ text: Fragment) -> (Fragment, Fragment)? {
        guard case .field(let one) = first, case .field(let two) = second,
              one.folded == "libelle", two.folded.hasPrefix("modalites") else { return nil }
        guard let start = text.blocks.firstIndex(where: { TableText.isTableLine($0[...]) }), start > 0,
              TableText.isTable(Array(text.blocks[start...])),
              text.blocks[..<start].allSatisfy({ !$0.contains("|") }) else { return nil }
        return (Fragment(blocks: Array(text.blocks[..<start]), content: text.content),
                Fragment(blocks: Array(text.blocks[start...]), content: text.content))
    }

    /// In a cell of a table, only words are changed: a unit replaced, inserted or repealed
    /// there ("dans la ligne …, la disposition est remplacée") would land on the whole unit
    /// that holds the table. Said, never applied so.
    static func checkTableCell(_ parsed: inout Parsed) throws(InstructionError) {
        guard !parsed.table.isEmpty, parsed.outputs.contains(where: { !$0.isLeadIn }) else { return }
        let part = tablePart(parsed.table)
        let cited = parsed.table.joined(separator: ", ")
        func failure(_ message: String) -> InstructionError {
            var error = InstructionError("\(cited): \(message)")
            error.act = parsed.act
            return error
        }
        // Two columns named, one by the lead-in and another by the sub-instruction: which the
        // words are in is not said (hand check 17: the lead-in's was taken, the other dropped).
        let columns = parsed.table.compactMap(TableColumn.init(cell:))
        if let first = columns.first, let other = columns.first(where: { $0 != first }) {
            throw failure("two columns are named, the \(first) and the \(other): which one is meant is not said")
        }
        // « dans la colonne " Mode d'utilisation ", dans la ligne ayant trait au code 170302A,
        // la disposition est remplacée par la disposition suivante : " … " » (2023200531, art.
        // 1, 2°): the cell where the one row described and the column meet, its words whole.
        if parsed.cellSubject {
            for k in parsed.outputs.indices where !parsed.outputs[k].isLeadIn {
                guard case .replaceUnits(let text)? = parsed.outputs[k].change else {
                    throw failure("« la disposition » is the words of a cell of a table: only replaced whole is read")
                }
                guard text.blocks.count == 1, !text.blocks[0].contains("|") else {
                    throw failure("the new words of a cell are one line without « | » (given: \(text.blocks.count) block(s))")
                }
                guard !parsed.rows.isEmpty, parsed.table.contains(where: { TableColumn(cell: $0) != nil }) else {
                    throw failure("a cell is where a row described by its words and a column meet: the instruction does not name both")
                }
                parsed.outputs[k].change = .replaceCell(text.blocks[0])
            }
            return
        }
        // « la ligne qui commence par " X " et termine par " Y " est abrogée »: the one row
        // the words describe, repealed (its unit the one that holds the table); « les lignes
        // ayant trait aux codes A et B sont abrogées »: each row its own edit.
        if part == "row", !parsed.rows.isEmpty, parsed.outputs.allSatisfy({ $0.isLeadIn || $0.change == .repeal }) {
            // Rows by their numbers go from the last up: each number then counts the table as
            // the instruction found it (the first repealed would move those after it).
            let numbered = parsed.rows.allSatisfy { if case .numbered = $0 { true } else { false } }
            let rows = numbered ? parsed.rows.sorted { a, b in
                if case .numbered(let m, _) = a, case .numbered(let n, _) = b { return m > n }
                return false
            } : parsed.rows
            parsed.outputs = parsed.outputs.flatMap { output -> [ClauseOutput] in
                guard !output.isLeadIn else { return [output] }
                return rows.map { row in
                    var one = output
                    one.change = .repealTableRow(row)
                    return one
                }
            }
            parsed.rows = []
            return
        }
        // Words in a row: the row typed (described by its words), or the words would be
        // sought in every row — found in another, changed there without a word (hand check
        // 9, 2023200531, art. 1, 1°, b) and c)).
        if part != "column", parsed.rows.isEmpty, parsed.table.contains(where: { Tokenizer.fold($0).lowercased().hasPrefix("ligne") }) {
            throw failure("words in rows named otherwise than one row by its words are not sought yet (they could be changed in another row)")
        }
        for output in parsed.outputs where !output.isLeadIn {
            switch output.change {
            case .insertWords(_, let position)? where position == nil || position == .end:
                throw failure("words added at the end of a cell of a table are not applied yet (where the cell ends is not read)")
            case .replaceWords?, .insertWords?, .deleteWords?:
                continue
            case .completeColumns?, .appendRows?:
                // Values at the foot of its columns: a change of the table itself, typed.
                continue
            default:
                throw failure("a \(part) of a table is not a unit Chronolex reads; only words replaced, inserted or deleted in its cells are read")
            }
        }
    }

    /// A place among units as the error messages say it.
    static func describe(_ position: UnitPosition) -> String {
        switch position {
        case .end: "at the end"
        case .byNumber: "by its number"
        case .before(let unit): "avant \(unit.description)"
        case .after(let unit): "après \(unit.description)"
        case .between(let a, let b): "entre \(a.description) et \(b.description)"
        case .afterTable(let title): "après le tableau relatif au titre « \(title) »"
        }
    }

    /// What the parts of a table cited name: a row (« la ligne ayant trait au code 170201
    /// est abrogée », 2023200531), a column, or the cell where a row and a column meet.
    static func tablePart(_ table: [String]) -> String {
        let folded = table.map { Tokenizer.fold($0).lowercased() }
        let row = folded.contains { $0.contains("ligne") || $0.contains("rangee") }
        let column = folded.contains { $0.contains("colonne") }
        return row && !column ? "row" : column && !row ? "column" : "cell"
    }

    /// « la disposition » where a table's row and column are cited and no numbered item is:
    /// the cell where they meet.
    static func isCell(_ level: Int, in context: [UnitStep], table: [String]) -> Bool {
        level == UnitStep.item("").level && !table.isEmpty && tablePart(table) == "cell"
            && !context.contains(where: { if case .item = $0 { return true } else { return false } })
    }

    /// "l'alinéa", "l'article", "la disposition" without a number: the context's unit at
    /// that level. "la disposition" is only a numbered item's ("2.1.2, la disposition est
    /// remplacée"), or a cell's in a table (`table`, its column and row: 2023200531, art. 1,
    /// 2°), which is not a unit Chronolex reads; elsewhere it could be any unit, and is not
    /// guessed.
    static func bareUnit(_ level: Int, in context: [UnitStep], table: [String] = []) throws(InstructionError) -> [UnitStep] {
        if level == UnitStep.item("").level {
            if !table.isEmpty, !context.contains(where: { if case .item = $0 { return true } else { return false } }) {
                throw InstructionError("\(table.joined(separator: ", ")): « la disposition » is the words of a cell of a table, replaced whole; a cell is not a unit Chronolex reads, only words replaced, inserted or deleted in it are")
            }
            guard case .item? = context.last else {
                throw InstructionError("« la disposition » names no numbered item here (\(UnitReference(context).description)): which unit it means is not said")
            }
        }
        return context.filter { $0.level <= level }
    }

    /// The nouns of units that, among a clause's unread words, name a place (``unreadPlace(_:subject:unread:)``).
    static let unreadPlaceUnits: FoldedWords = ["article", "articles", "artikel", "artikelen", "annexe", "annexes", "bijlage", "bijlagen", "§", "paragraphe", "paragraaf"]

    /// The place an unread clause can change (``InstructionError/place``): words in one
    /// article or a unit of it, or a unit below one article — never a range, a division, an
    /// article as a whole, nor a clause whose unread words name a unit (« … sont transférés à
    /// l'article 5 »); `nil` otherwise.
    static func unreadPlace(_ target: UnitReference, subject: Subject, unread: ArraySlice<Token>) -> UnitReference? {
        guard target.through == nil, case .article? = target.steps.first, !target.steps.contains(where: \.isDivision) else { return nil }
        switch subject {
        case .words: break
        case .unit(let ref) where ref.through == nil && ref.listed == nil && target.steps.count > 1: break
        default: return nil
        }
        let units = unreadPlaceUnits
        let named = unread.contains { token in
            token.kind != .quote && (units.contains(token.word) || token.isText("§") || Lexicon.divisionWords[token] != nil
                                     || Lexicon.pluralDivisionWords[token] != nil)
        }
        return named ? nil : UnitReference(target.steps)
    }

    /// True when `next` is the unit right after `step`, of the same kind (alinéa 4 after
    /// alinéa 3, § 3 after § 2, 5° after 4°).
    static func follows(_ next: UnitStep, _ step: UnitStep) -> Bool {
        switch (step, next) {
        case (.alinea(let a), .alinea(let b)): b == a + 1
        case (.paragraph(let a), .paragraph(let b)), (.article(let a), .article(let b)): Int(b).map { $0 == (Int(a) ?? -1) + 1 } ?? false
        case (.point(let a), .point(let b)) where a.kind == .letter && b.kind == .letter:
            // "a) et b)": the next letter.
            a.value.unicodeScalars.count == 1 && b.value.unicodeScalars.count == 1
                && b.value.unicodeScalars.first!.value == a.value.unicodeScalars.first!.value + 1
        case (.point(let a), .point(let b)): a.kind == b.kind && Int(b.value).map { $0 == (Int(a.value) ?? -1) + 1 } ?? false
        default: false
        }
    }

    /// True when two steps name the same unit (division numbers as cited: `Ier` and `I`).
    static func sameUnit(_ a: UnitStep, _ b: UnitStep) -> Bool {
        switch (a, b) {
        case (.division(let k1, let n1), .division(let k2, let n2)):
            k1 == k2 && OrdinalNumber.normalized(n1).lowercased() == OrdinalNumber.normalized(n2).lowercased()
        case (.article(let n1), .article(let n2)): ArticleNumber.normalized(n1) == ArticleNumber.normalized(n2)
        default: a == b
        }
    }

    /// True when the step is a unit of the kind the noun names (`section`, `article`, `sous-titre`).
    static func isUnit(_ step: UnitStep, named noun: String) -> Bool {
        switch step {
        case .division(let kind, _): ReferenceReader.divisionWords[noun] == kind
        case .namedDivision(let word, _): Tokenizer.fold(word) == noun
        case .article: noun == "article"
        default: false
        }
    }

    /// "le point en fin de phrase", "le point-virgule final", "le point" (a verb follows,
    /// unlike "le point 3°"): a punctuation mark as subject.
    private func readPunctuationSubject(_ s: inout Scanner) -> (mark: String, noun: String)? {
        let start = s.index
        for mark in grammar.punctuation {
            s.index = start
            if s.take(mark.words), s.isWord("est") || s.isMark(",") { return (mark.mark, mark.noun) }
        }
        s.index = start
        return nil
    }

    /// True when quoted words or a punctuation mark as subject start at `index`.
    private func startsWordsSubject(_ s: Scanner, at index: Int) -> Bool {
        var look = s
        look.index = index
        if WordNouns.read(&look) != nil { return true }
        look.index = index
        return readPunctuationSubject(&look) != nil
    }

    /// "le chiffre de « 5,06% » indiqué en regard de la zone de secours Centrum …, est
    /// remplacé" (2019030147): the row of a table where the words stand, said after them;
    /// kept as a note. Tables are not units of the model: the words are sought in the whole
    /// unit, where the applier requires them once (else it is an error), so the row adds
    /// nothing that could change the result.
    static func tableRow(_ s: inout Scanner) -> String? {
        let start = s.index
        _ = s.take(",")
        guard let w = s.foldedWord(), ["indique", "indiquee", "indiques", "indiquees", "figurant", "repris", "reprise", "mentionne", "mentionnee"].contains(w),
              s.isWord("en", at: 1), s.isWord("regard", at: 2) else { s.index = start; return nil }
        let from = s.index
        var count = 0
        while let token = s.peek(), token.kind != .quote, count < 40 {
            if token.kind == .word, token.isWord("est") || token.isWord("sont") {
                var end = s.index
                if end > from, s.tokens[end - 1].isMark(",") { end -= 1 }
                return Scanner.render(s.tokens[from..<end])
            }
            s.index += 1
            count += 1
        }
        s.index = start
        return nil
    }

    private func readWordsSubject(_ s: inout Scanner) -> Subject? {
        let start = s.index
        guard let first = WordNouns.read(&s) else { return nil }
        // "l'intitulé « a) Titres requis »": a point by its label and heading, not words.
        if Tokenizer.fold(first.noun) == "intitule", ReferenceReader.headedPoint(first.text) != nil {
            s.index = start
            return nil
        }
        var quotes = [first.text]
        // "les mots « A » et « B »".
        while true {
            let save = s.index
            if s.take(",") || s.take(grammar.and) || s.take(grammar.or), let more = s.takeQuote() {
                quotes.append(more)
            } else {
                s.index = save
                break
            }
        }
        if s.index == start { return nil }
        return .words(noun: Tokenizer.fold(first.noun), quotes: quotes)
    }

    /// The new texts of the clauses read as the units they announce, once the instruction
    /// itself is read: an error in a text is the instruction's, at its line.
    private func readNewTexts(_ parsed: inout Parsed) throws(InstructionError) {
        for k in parsed.outputs.indices {
            guard let expected = parsed.outputs[k].readAs, let change = parsed.outputs[k].change, let text = change.fragment else { continue }
            var problem: InstructionError?
            if text.blocks.isEmpty {
                guard parsed.outputs[k].announced else { continue }
                problem = InstructionError("a new text is announced but none follows", kind: .missingText)
            } else {
                var blocks = text.blocks
                if expected == .units || expected.isArticles {
                    if let broken = parsed.brokenSentences.first(where: { broken in zip(blocks, blocks.dropFirst()).contains { $0 == broken.lines.0 && $1 == broken.lines.1 } }) {
                        problem = InstructionError(broken.message)
                    } else {
                        let mended = NewTextLayout.mend(blocks, for: change, target: parsed.outputs[k].target)
                        blocks = mended.blocks
                        parsed.outputs[k].warnings += mended.warnings
                        parsed.outputs[k].notes += mended.notes
                    }
                }
                if problem == nil {
                    switch FragmentReader.read(blocks, as: expected) {
                    case .success(let read):
                        var read = read
                        var change = change
                        if let warning = Self.codeLetterAsHeaded(&change, read) { parsed.outputs[k].warnings.append(warning) }
                        problem = Self.numberMismatch(change, read) ?? Self.countMismatch(change, read)
                        if problem == nil, let note = Self.numberAsSaid(change, &read) { parsed.outputs[k].notes.append(note) }
                        parsed.outputs[k].change = change.replacingFragment(read)
                    case .failure(let failure): problem = InstructionError(failure.message)
                    }
                }
            }
            if var error = problem {
                error.partial = parsed.outputs
                error.act = parsed.act
                error.history = parsed.history
                throw error
            }
        }
    }

    /// "il est inséré un article 3355-1 … : « Art. L3355-1. … »": the number the
    /// instruction gives and the heading of its new text must agree; which one is the law's
    /// is not Chronolex's to guess.
    static func numberMismatch(_ change: Change, _ read: Fragment) -> InstructionError? {
        guard case .insertUnits(let unit, _, _) = change, unit.kind == .article, let number = unit.number,
              case .articles(let articles) = read.content, let first = articles.first else { return nil }
        let said = [number] + (unit.through.map { [$0] } ?? [])
        let headed = [first.number] + (unit.through != nil ? [articles.last?.number ?? ""] : [])
        // "L3352-1" and "L.3352-1" are one number typed two ways.
        let key = { (n: String) in ArticleNumber.normalized(n).filter { $0 != "." && $0 != " " } }
        guard zip(said, headed).contains(where: { key($0) != key($1) }) else { return nil }
        return InstructionError("the instruction inserts \(unit), but its new text is headed « Art. \(headed.joined(separator: " … Art. ")) »")
    }

    /// « il est inséré un article 3355-1, rédigé comme suit : " Art. L3355-1. … " »
    /// (2019200191, art. 22, in a chapter of the Code de la démocratie locale whose every
    /// article is numbered L…, the next instruction inserting L3355-2): the heading is the
    /// instruction's number behind a code's letter (`L`, `D`, `R`, with or without a dot),
    /// the one thing the instruction left out. The article takes the heading's number,
    /// with a warning (any other difference stays an error: `numberMismatch`). The
    /// warning; `nil` when nothing was changed.
    static func codeLetterAsHeaded(_ change: inout Change, _ read: Fragment) -> String? {
        guard case .insertUnits(var unit, let fragment, let position) = change, unit.kind == .article, unit.through == nil,
              let number = unit.number, let first = number.unicodeScalars.first, ("0"..."9").contains(first),
              case .articles(let articles) = read.content, articles.count == 1 else { return nil }
        let headed = articles[0].number
        let letters = headed.prefix { $0.isASCII && $0.isUppercase }
        guard (1...2).contains(letters.count) else { return nil }
        let rest = headed.dropFirst(letters.count).drop { $0 == "." }
        guard ArticleNumber.normalized(String(rest)) == ArticleNumber.normalized(number) else { return nil }
        unit.number = headed
        change = .insertUnits(unit, fragment, at: position)
        return "the instruction inserts article \(number), whose new text is headed « Art. \(headed). »: read as article \(headed), the code's number, which the instruction wrote without its « \(letters) »"
    }

    /// « il est inséré un article L3352-1 … : " Art. L.3352-1. … " » (2019200191, art. 6,
    /// hand check 8): one number typed two ways — the article takes the number the
    /// instruction gives, as the code cites it (it was keyed « L.3352-1 », placed after
    /// L3352-3, and not found as « L3352-1 »). The note for the edit; `nil` when nothing
    /// was changed.
    static func numberAsSaid(_ change: Change, _ read: inout Fragment) -> String? {
        guard case .insertUnits(let unit, _, _) = change, unit.kind == .article, unit.through == nil, let number = unit.number,
              case .articles(var articles) = read.content, articles.count == 1, articles[0].number != number,
              ArticleNumber.normalized(articles[0].number) != ArticleNumber.normalized(number) else { return nil }
        let headed = articles[0].number
        articles[0].number = number
        read = Fragment(blocks: read.blocks, content: .articles(articles))
        return "the new text is headed « Art. \(headed). »: numbered \(number), as the instruction gives it"
    }

    /// "un alinéa est ajouté …" whose new text holds two (2023200531, art. 9, 2°: a sentence
    /// the file breaks in two, « … pour 100 ⏎ des points de collecte … »): whether the text
    /// lost a line break's words or the instruction its count is not certain; said, never
    /// applied as two alinéas where the act announces one (the later ones would be
    /// renumbered wrongly).
    static func countMismatch(_ change: Change, _ read: Fragment) -> InstructionError? {
        if let error = pointsMismatch(change, read) { return error }
        guard case .insertUnits(let unit, _, _) = change, unit.kind == .alinea, let count = unit.count, let article = read.units else { return nil }
        let alineas = article.paragraphs.reduce(0) { $0 + $1.alineas.count }
        guard alineas != count, alineas > 0, article.paragraphs.allSatisfy({ $0.number == nil }) else { return nil }
        return InstructionError("the instruction inserts \(count) alinéa(s), but its new text holds \(alineas): a line break lost or added in the text, or a count the act got wrong, is not Chronolex's to guess")
    }

    /// « il est ajouté un 9° et 10°, rédigés comme suit : " 9° … " » and the 10° quoted in
    /// the next alinéa (2019030053, art. 1, 2°, hand check 7): new points announced from one
    /// label to another whose text holds fewer (the 9° alone was inserted, and « applied »
    /// said). An error of kind `tooFewUnits`: the reader then looks for the rest in the
    /// quotations after the instruction.
    static func pointsMismatch(_ change: Change, _ read: Fragment) -> InstructionError? {
        guard case .insertUnits(let unit, _, _) = change, unit.kind == .point, let first = unit.label, let through = unit.through,
              let article = read.units else { return nil }
        let points = article.alineas.flatMap(\.points)
        guard let last = points.last?.label, first.kind == .degree || first.kind == .number,
              let from = Int(first.value), let to = Int(through.filter(\.isNumber)), to > from else { return nil }
        let held = points.compactMap { Int($0.label.value) }
        guard held.count < to - from + 1 || Int(last.value) != to else { return nil }
        return InstructionError("the instruction inserts \(unit), but its new text holds \(points.map(\.label.description).joined(separator: ", "))", kind: .tooFewUnits)
    }

    /// Only the final punctuation may remain.
    private func finish(_ s: inout Scanner) throws(InstructionError) {
        while let token = s.peek(), token.kind == .punctuation, token.isMark(";") || token.isMark(".") || token.isMark(":") || token.isMark(",") {
            s.index += 1
        }
        if !s.atEnd {
            throw InstructionError("unexpected words after the instruction: «\(s.rest())»", kind: .noForm)
        }
    }
}
