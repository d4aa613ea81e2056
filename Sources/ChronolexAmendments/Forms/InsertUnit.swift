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
        guard s.takeAuxiliary(), s.takeParticiple("inser") || s.takeParticiple("ajout") else { return nil }
        var target = clause.target
        var position = clause.anchor
        var notes: [String] = []
        // Position inside the clause.
        try UnitPlacement.read(&s, target: &target, position: &position, notes: &notes)
        guard let unit = NewUnit.read(&s) else { return nil }
        notes += NewUnit.readContents(&s)
        let announced = NewText.takeAnnouncement(&s)
        if position == nil, unit.numbered { position = .byNumber }
        let text = try NewText.read(&s, announced: announced, partial: ClauseOutput(target: EditTarget(parts: target),
                                                                                      operation: Operation(.insert, newUnit: unit.name, count: unit.count, position: position)))
        return [ClauseOutput(target: EditTarget(parts: target),
                             operation: Operation(.insert, newUnit: unit.name, count: unit.count, newText: text, position: position),
                             notes: notes)]
    }
}

/// Where a new unit goes, when the instruction says it: "entre les alinéas 2 et 3, qui
/// devient l'alinéa 4,", "après l'alinéa 2", "avant le 1°", "dans le § 2".
enum UnitPlacement {
    /// Reads the placement at the cursor, if any: the target, position and notes change.
    static func read(_ s: inout Scanner, target: inout [TargetPart], position: inout Position?, notes: inout [String]) throws(InstructionError) {
        guard let w = s.word(), w == "entre" || w == "apres" || w == "avant" || w == "dans" else { return }
        let save = s.index
        s.index += 1
        guard var ref = ReferenceReader.read(&s), !ref.parts.isEmpty else {
            s.index = save
            return
        }
        notes += ref.notes
        ref.notes = []
        if w == "dans" {
            target = ReferenceReader.merge(target, ref.parts)
        } else {
            let full = ReferenceReader.merge(target, ref.parts)
            let unit = ref.parts.map(\.description).joined(separator: ", ")
            if w == "entre" {
                let second: String
                if let through = ref.through {
                    second = through.description
                } else if s.take("et") || s.take(",", "et"), let other = ReferenceReader.read(&s), !other.parts.isEmpty {
                    second = other.parts.map(\.description).joined(separator: ", ")
                    notes += other.notes
                } else {
                    throw InstructionError("\"inséré entre\" must name two units: «\(s.rest())»")
                }
                position = .betweenUnits(unit, second)
            } else {
                position = w == "apres" ? .afterUnit(unit) : .beforeUnit(unit)
            }
            target = Array(full.prefix { !ref.parts.contains($0) })
        }
        _ = s.take(",")
    }
}
