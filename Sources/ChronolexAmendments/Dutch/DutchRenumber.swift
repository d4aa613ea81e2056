import ChronolexModel

/// "het tweede lid wordt het derde lid": the unit takes another number.
enum DutchRenumberForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        guard case .unit = clause.subject, s.take("wordt") || s.take("worden"), s.isWord("het") || s.isWord("de") else { return nil }
        guard let ref = ReferenceReader.read(&s), !ref.parts.isEmpty else { return nil }
        return [ClauseOutput(target: clause.target, change: .renumber(as: UnitReference(ref.parts)))]
    }
}
