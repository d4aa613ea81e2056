import ChronolexModel

/// "il est inséré un article 155.1 rédigé comme suit", "il est inséré un 8.1°", "il est
/// inséré entre les alinéas 2 et 3, qui devient l'alinéa 4, un alinéa rédigé comme suit",
/// "il est inséré une section 2.1, comportant l'article 155.1, intitulée comme suit",
/// "sont insérés deux alinéas ainsi rédigés", "Est ajoutée une phrase", "il est ajouté
/// un 1° A": a new unit, placed by the position named or by its number.
enum InsertUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .none, .unit: break
        default: return nil
        }
        _ = s.take("il")
        guard s.takeAuxiliary() else { return nil }
        let added = s.takeParticiple("ajout")
        guard added || s.takeParticiple("inser") else { return nil }
        var target = clause.target.steps
        var position = clause.unitAnchor
        // « Après l'alinéa 1er de l'article 5 …, il est inséré un alinéa »: the unit that holds
        // the one named before the verb is the target, as for « entre … » (look 29: the act
        // was, and the alinéa was « not applied outside articles »).
        if let anchor = position?.anchors.first, anchor.steps.count > target.count + 1, anchor.steps.starts(with: target),
           !target.contains(where: { if case .article = $0 { return true } else { return false } }),
           anchor.steps.contains(where: { if case .article = $0 { return true } else { return false } }),
           !(anchor.steps.last.map { if case .article = $0 { return true } else { return $0.isDivision } } ?? true) {
            target = Array(anchor.steps.dropLast())
        }
        var notes: [String] = []
        var acts: [CitedAct] = []
        // Position inside the clause.
        try UnitPlacement.read(&s, target: &target, position: &position, notes: &notes, acts: &acts)
        var warnings: [String] = []
        guard let unit = NewUnitReader.read(&s) ?? wordsMakingADash(&s, between: position, warnings: &warnings) else { return nil }
        // « il est inséré un nouvel alinéa entre les alinéas 2 et 3, rédigé comme suit » (look
        // 21): the place after the unit.
        if position == nil { try UnitPlacement.read(&s, target: &target, position: &position, notes: &notes, acts: &acts) }
        notes += NewUnitReader.readContents(&s)
        // « il est ajouté un deuxième alinéa »: added, so at the end, where it must take the
        // number it is given — when the unit already has two alinéas, that is said (hand
        // check 15: it went in as the second without a word, the old second third).
        if position == nil, added, unit.kind == .alinea, unit.isNumbered { position = .end }
        if position == nil, unit.isNumbered { position = .byNumber }
        // « il est inséré un alinéa rédigé comme suit » and no place (look 20: appended at the
        // end, without a word, where « les mots … sont insérés » is now an error): where is
        // not said. « il est ajouté un alinéa » goes at the end.
        if position == nil, !added, !unit.isNumbered, [.alinea, .paragraph, .point, .dash].contains(unit.kind) {
            throw InstructionError("« inséré » without saying where (« entre », « après », « avant » a unit): the new \(unit) is not placed")
        }
        let reference = UnitReference(UnitPlacement.holder(of: unit, in: target))
        // "est ajouté une annexe VI.3-5 reprise à l'annexe du présent arrêté": the text is
        // this act's annex, which ``InstructionReader`` gives it.
        if unit.kind == .annex, let number = OwnAnnex.readSource(&s) {
            return [ClauseOutput(target: reference, change: .insertUnits(unit, Fragment(blocks: [], content: .text), at: position),
                                 notes: notes + ["le texte est l'annexe \(number.map { $0 + " " } ?? "")du présent acte"], byOwnAnnex: true, ownAnnex: number, acts: acts)]
        }
        let announced = NewText.takeAnnouncement(&s)
        let text = NewText.read(&s, announced: announced)
        return [ClauseOutput(target: reference, change: .insertUnits(unit, text, at: position), notes: notes, announced: announced, readAs: unit.expectedText,
                             warnings: warnings, acts: acts)]
    }

    /// "sont insérés, entre le 2ème et le 3ème tiret, les mots : « - CAPE … ; »"
    /// (2019030053, art. 26, 1°): « les mots » placed between two dashes, and beginning
    /// with a dash, are a new dash; read so, and said.
    private static func wordsMakingADash(_ s: inout Scanner, between position: UnitPosition?, warnings: inout [String]) -> NewUnit? {
        guard let position, !position.anchors.isEmpty,
              position.anchors.allSatisfy({ if case .point(let label)? = $0.steps.last { return label.kind == .dash } else { return false } }) else { return nil }
        let save = s.index
        guard s.take("les", "mots") || s.take("le", "mot") else { return nil }
        var quote = s
        _ = quote.take(":")
        guard let words = quote.takeQuote(), let first = words.trimmingSpaces.first, first == "-" || first == "–" else {
            s.index = save
            return nil
        }
        warnings.append("« les mots » placed between two dashes and beginning with a dash: read as a new dash")
        return NewUnit(.dash)
    }
}

extension UnitPlacement {
    /// The unit that holds the new one: "au 8°, …, et un 9° est inséré" puts the 9° beside
    /// the 8°, not inside it (a point among points of its kind, an alinéa among alinéas).
    static func holder(of unit: NewUnit, in target: [UnitStep]) -> [UnitStep] {
        switch (unit.kind, target.last) {
        case (.point, .point(let label)?) where unit.label?.kind == label.kind: Array(target.dropLast())
        case (.dash, .point(let label)?) where label.kind == .dash: Array(target.dropLast())
        case (.alinea, .alinea?), (.alinea, .onlyAlinea?): Array(target.dropLast())
        default: target
        }
    }
}

/// Where a new unit goes, when the instruction says it: "entre les alinéas 2 et 3, qui
/// devient l'alinéa 4,", "après l'alinéa 2", "avant le 1°", "dans le § 2", "après
/// l'alinéa 1er du § 2". The units named are kept in full; the target becomes the unit
/// that holds them.
enum UnitPlacement {
    /// The words of a placement in one language.
    struct Words {
        var between, after, before, inside, and, the: String
        var alinea: String
        static let french = Words(between: "entre", after: "apres", before: "avant", inside: "dans", and: "et", the: "le", alinea: "alinea")
        /// « tussen het eerste en het tweede lid », « na het eerste lid », « voor de bepaling
        /// onder 1° », « in § 2 » (look 19).
        static let dutch = Words(between: "tussen", after: "na", before: "voor", inside: "in", and: "en", the: "het", alinea: "lid")
    }

    /// ``read(_:target:position:notes:words:absorbing:)``, the acts its citations name kept
    /// in `acts` (« il est inséré, entre les articles 16 et 17 de l'arrêté royal du …, un
    /// article »: that act is the clause's; it was dropped, the title's act amended instead).
    static func read(_ s: inout Scanner, target: inout [UnitStep], position: inout UnitPosition?, notes: inout [String],
                     acts: inout [CitedAct], words: Words = .french) throws(InstructionError) {
        try read(&s, target: &target, position: &position, notes: &notes, words: words) { ref in
            if let act = ref.act { acts.append(act) }
        }
    }

    /// Reads the placement at the cursor, if any: the target, position and notes change.
    /// `absorbing` takes each citation read (its act, its history), once a pair of units
    /// named for « entre » is no longer a list.
    static func read(_ s: inout Scanner, target: inout [UnitStep], position: inout UnitPosition?, notes: inout [String],
                     words: Words = .french,
                     absorbing: (inout Reference) throws(InstructionError) -> Void = { _ in }) throws(InstructionError) {
        let save = s.index
        _ = s.take(",") // "il est inséré, entre les articles 16 et 17, un chapitre 4/1"
        guard let w = s.word(), w == words.between || w == words.after || w == words.before || w == words.inside else { s.index = save; return }
        s.index += 1
        // "entre le 2ème et le 3ème alinéa", "… tiret" (2019030053, art. 26): the noun once,
        // after the second ordinal.
        if w == words.between, s.take(words.the), let a = s.word().flatMap(ReferenceReader.ordinal), s.isWord(words.and, at: 1), s.isWord(words.the, at: 2),
           let b = s.word(3).flatMap(ReferenceReader.ordinal), let noun = s.word(4), noun == words.alinea || noun == "tiret" {
            s.index += 5
            // « tussen het tweede en het derde lid van § 1 » (look 20): the holder after them.
            if words.the == "het", s.isWord("van"), ReferenceReader.isStepStart(s, at: 1) {
                let save = s.index
                s.index += 1
                if let holder = ReferenceReader.read(&s), !holder.parts.isEmpty, holder.act == nil {
                    target = ReferenceReader.merge(target, holder.parts)
                } else {
                    s.index = save
                }
            }
            func step(_ n: Int) -> UnitStep { noun == words.alinea ? .alinea(n) : .point(PointLabel(kind: .dash, value: String(n))) }
            position = .between(UnitReference(target + [step(a)]), UnitReference(target + [step(b)]))
            _ = s.take(",")
            return
        }
        s.index = save + (s.tokens[save].isMark(",") ? 2 : 1)
        guard var ref = ReferenceReader.read(&s), !ref.parts.isEmpty else {
            s.index = save
            return
        }
        notes += ref.notes
        ref.notes = []
        let full = ReferenceReader.merge(target, ref.parts)
        if w == words.inside {
            try absorbing(&ref)
            target = full
        } else {
            let first = UnitReference(full)
            if w == words.between {
                let second: UnitReference
                if let through = ref.through {
                    second = UnitReference(Array(full.dropLast()) + [through])
                    ref.through = nil
                    ref.throughByEt = false
                    try absorbing(&ref)
                } else if let first = ref.listed, first == full.last, ref.others.count == 1, let other = ref.others.first {
                    // « entre les articles 5bis et 6 », « tussen de artikelen 2/1 en 3 »: two
                    // numbers that do not follow each other by their digits (look 28: « must
                    // name two units »); whether they follow each other in the act, the
                    // consolidation checks.
                    second = UnitReference(Array(full.dropLast()) + [other])
                    ref.listed = nil
                    ref.others = []
                    try absorbing(&ref)
                } else if s.take(words.and) || s.take([",", words.and]), var other = ReferenceReader.read(&s), !other.parts.isEmpty {
                    second = UnitReference(ReferenceReader.merge(target, other.parts))
                    notes += other.notes
                    other.notes = []
                    try absorbing(&ref)
                    try absorbing(&other)
                } else {
                    throw InstructionError("\"inséré entre\" must name two units: «\(s.rest())»")
                }
                position = .between(first, second)
            } else {
                try absorbing(&ref)
                position = w == words.after ? .after(first) : .before(first)
            }
            target = Array(full.dropLast())
        }
        _ = s.take(",")
    }
}
