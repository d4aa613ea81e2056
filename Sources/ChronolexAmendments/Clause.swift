import ChronolexModel

/// Why an instruction could not be read completely.
struct InstructionError: Error, Sendable {
    enum Kind: Sendable { case noForm, unbalancedQuote, missingText, other }
    var kind: Kind
    var message: String
    /// What was understood before the problem: the edits of the clauses read, and the
    /// clause that failed as far as it was read.
    var partial: [ClauseOutput] = []
    var act: ActCitation?
    var history: [String] = []

    init(_ message: String, kind: Kind = .other) {
        self.kind = kind
        self.message = message
    }
}

/// What a clause is about, read before its verb.
enum Subject {
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
}

/// Everything a form needs to read a clause: the target inherited and cited so far, the
/// subject, and a position given before it ("avant le 1°", "Après le mot « X »,").
struct ClauseInput {
    var context: [TargetPart]
    var subject: Subject
    /// The context with the subject's units.
    var target: [TargetPart]
    var through: TargetPart?
    var anchor: Position?
}

/// What a form read: an edit's target and operation, or the target of a lead-in.
struct ClauseOutput {
    var target: EditTarget
    var operation: Operation?
    var isLeadIn = false
    var notes: [String] = []
    /// "remplacée par l'annexe du présent arrêté": the new text is this act's own annex,
    /// which the reader of the whole act fills in.
    var byOwnAnnex = false
}

/// One form of instruction ("les mots « A » sont remplacés par les mots « B »"). Each form
/// lives in a file of its own under `Forms/`, named for it; adding a form is adding a
/// file and a line to ``InstructionForms/all``.
protocol InstructionForm: SendableMetatype {
    /// Reads the clause from the verb on; `nil` when the form does not apply (the caller
    /// puts the cursor back).
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]?
}

/// The forms, tried in this order on each clause.
enum InstructionForms {
    static let all: [any InstructionForm.Type] = [
        NoopForm.self,
        LeadInForm.self,
        ReplaceWordsForm.self,
        PunctuationForm.self,
        ReplaceByOwnAnnexForm.self,
        ReplaceUnitForm.self,
        RepealWordsForm.self,
        RepealUnitForm.self,
        CompleteWordsForm.self,
        CompleteUnitForm.self,
        InsertWordsForm.self,
        InsertUnitForm.self,
        InsertedSubjectForm.self,
        NewUnitFirstForm.self,
        RenumberForm.self,
        ReestablishForm.self,
        DutchVerbFirstForm.self,
    ]
}

/// The nouns that introduce quoted words.
enum WordNouns {
    static let all: Set<String> = [
        "mot", "mots", "chiffre", "chiffres", "nombre", "nombres", "date", "dates", "phrase", "phrases", "reference",
        "references", "terme", "termes", "montant", "montants", "lettre", "lettres", "signe", "signes", "expression",
        "expressions", "disposition", "dispositions", "pourcentage", "annee", "intitule", "woord", "woorden",
    ]

    /// "les mots « A »", "le mot : « A »", "la phrase « A »": the noun and the words.
    static func read(_ s: inout Scanner) -> (noun: String, text: String)? {
        let start = s.index
        _ = s.takeAny(["le", "la", "les", "l'", "de", "des", "du", "het"])
        guard let noun = s.word(), all.contains(noun), let token = s.peek() else { s.index = start; return nil }
        s.index += 1
        _ = s.take(":")
        guard let text = s.takeQuote() else { s.index = start; return nil }
        return (token.text, text)
    }
}

/// Reads one instruction (its words, without the label of its point) into clauses.
struct InstructionParser {
    var registry: CitationRegistry
    /// The target and act of the instruction read last, for "La même section …".
    var lastTarget: [TargetPart] = []
    var lastAct: ActCitation?

    init(registry: CitationRegistry) {
        self.registry = registry
    }

    struct Parsed {
        var outputs: [ClauseOutput] = []
        var act: ActCitation?
        var history: [String] = []
        var notes: [String] = []
        var insertions: [InsertionClaim] = []
    }

    /// Reads `text` with the target and act inherited from a lead-in.
    mutating func parse(_ text: String, context: [TargetPart], act inherited: ActCitation?) throws(InstructionError) -> Parsed {
        let tokens: [Token]
        do { tokens = try Tokenizer.tokens(text) } catch { throw InstructionError(error.message, kind: .unbalancedQuote) }
        var s = Scanner(tokens)
        var parsed = Parsed()
        var context = context
        var act = inherited
        var anchor: Position?
        var named = false

        func absorb(_ ref: inout Reference) throws(InstructionError) {
            if let noun = ref.sameUnit {
                // "La même section": the section the instruction before cited, in its act.
                guard let index = lastTarget.lastIndex(where: { InstructionParser.isUnit($0, named: noun) }) else {
                    throw InstructionError("« la même \(noun) » but no \(noun) was cited before")
                }
                ref.parts = Array(lastTarget[...index]) + ref.parts
                if ref.act == nil, let previous = lastAct {
                    act = previous
                    named = true
                }
            }
            parsed.history += ref.history
            if let claim = ref.insertion { parsed.insertions.append(claim) }
            parsed.notes += ref.notes
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

        // "(concerne le texte allemand)" stands alone.
        if let outputs = try NoopForm.read(&s, ClauseInput(context: context, subject: .none, target: context)) {
            parsed.outputs = outputs
            parsed.act = act ?? registry.titleAct
            try finish(&s)
            return parsed
        }

        // Phrases before the clause: "Dans l'article 2, 11°, de l'arrêté …,", "A l'article 51 du même
        // arrêté,", "au § 4, alinéa 1er, inséré par …,", "avant le 1°,", "Après le mot « X »,".
        // A later clause may name its own place: "… et au 4°, inséré par …, le point …".
        func readPlaces() throws(InstructionError) {
            while let w = s.word() {
                let save = s.index
                if w == "dans" || w == "a" || w == "au" || w == "aux" || w == "in" || w == "en" {
                    s.index += 1
                    guard var ref = ReferenceReader.read(&s) else { s.index = save; break }
                    try absorb(&ref)
                    context = ReferenceReader.merge(context, ref.parts)
                    if ref.bareLevel != nil, ref.parts.isEmpty { context = context.filter { $0.level <= (ref.bareLevel ?? 0) } }
                    _ = s.take(",")
                    continue
                }
                if w == "avant" || w == "apres" {
                    s.index += 1
                    if let words = WordNouns.read(&s) {
                        anchor = w == "avant" ? .before(words.text) : .after(words.text)
                    } else if var ref = ReferenceReader.read(&s), !ref.parts.isEmpty {
                        try absorb(&ref)
                        let unit = EditTarget(parts: ref.parts).description ?? ""
                        anchor = w == "avant" ? .beforeUnit(unit) : .afterUnit(unit)
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

        // Clauses, joined by "et".
        while true {
            let subjectStart = s.index
            var subject = Subject.none
            var target = context
            var through: TargetPart?
            var wrap: [TargetPart]?
            if s.take("les", "modifications", "suivantes") || s.take("de", "volgende", "wijzigingen") {
                subject = .modifications
            } else if let words = readWordsSubject(&s) {
                subject = words
            } else if s.take("le", "point", "en", "fin", "de", "phrase") || s.take("le", "point", "final") {
                subject = .punctuation(mark: ".", noun: "point final")
            } else if s.take("le", "point-virgule", "en", "fin", "de", "phrase") {
                subject = .punctuation(mark: ";", noun: "point-virgule final")
            } else if s.take("la", "virgule", "en", "fin", "de", "phrase") {
                subject = .punctuation(mark: ",", noun: "virgule finale")
            } else if s.take("la", "fin", "de") || s.take("la", "fin", "du") {
                if var ref = ReferenceReader.read(&s) {
                    try absorb(&ref)
                    subject = .endOf(ref)
                    target = ReferenceReader.merge(context, ref.parts)
                } else {
                    s.index = subjectStart
                }
            } else if !(s.isWord("il") || s.isWord("est") || s.isWord("sont")), var ref = ReferenceReader.read(&s) {
                try absorb(&ref)
                subject = .unit(ref)
                target = ReferenceReader.merge(context, ref.parts)
                if ref.bareLevel != nil, ref.parts.isEmpty { target = context.filter { $0.level <= (ref.bareLevel ?? 0) } }
                through = ref.through
                wrap = ref.wrapAs
            }
            _ = s.take(",")
            let input = ClauseInput(context: context, subject: subject, target: target, through: through, anchor: anchor)
            if let wrap {
                // "L'article 10, dont le texte actuel formera le § 1er, …": the present text is renumbered.
                var op = Operation(.renumber)
                op.renumberedAs = EditTarget(parts: wrap).description
                parsed.outputs.append(ClauseOutput(target: EditTarget(parts: target), operation: op, notes: ["dont le texte actuel formera le \(op.renumberedAs ?? "")"]))
            }
            var matched: [ClauseOutput]?
            let verb = s.index
            do {
                for form in InstructionForms.all {
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
                throw error
            }
            parsed.outputs += outputs
            // Another clause: "… et le point en fin de phrase est remplacé …", ", et les mots …".
            let save = s.index
            _ = s.take(",")
            if s.take("et"), !s.atEnd {
                try readPlaces()
                continue
            }
            s.index = save
            break
        }
        if act == nil {
            if let titleAct = registry.titleAct {
                act = titleAct
            }
        }
        parsed.act = act
        try finish(&s)
        if let last = parsed.outputs.last {
            lastTarget = last.target.parts
            lastAct = act
        }
        return parsed
    }

    /// True when the part is a unit of the kind the noun names (`section`, `article`, `sous-titre`).
    static func isUnit(_ part: TargetPart, named noun: String) -> Bool {
        switch part {
        case .division(let kind, _): ReferenceReader.divisionWords[noun] == kind
        case .namedDivision(let word, _): Tokenizer.fold(word) == noun
        case .article: noun == "article"
        default: false
        }
    }

    private func readWordsSubject(_ s: inout Scanner) -> Subject? {
        let start = s.index
        guard let first = WordNouns.read(&s) else { return nil }
        var quotes = [first.text]
        // "les mots « A » et « B »".
        while true {
            let save = s.index
            if s.take(",") || s.take("et") || s.take("ou"), let more = s.takeQuote() {
                quotes.append(more)
            } else {
                s.index = save
                break
            }
        }
        if s.index == start { return nil }
        return .words(noun: Tokenizer.fold(first.noun), quotes: quotes)
    }

    /// Only the final punctuation may remain.
    private func finish(_ s: inout Scanner) throws(InstructionError) {
        while let token = s.peek(), token.kind == .punctuation, token.text == ";" || token.text == "." || token.text == ":" || token.text == "," {
            s.index += 1
        }
        if !s.atEnd {
            throw InstructionError("unexpected words after the instruction: «\(s.rest())»", kind: .noForm)
        }
    }
}
