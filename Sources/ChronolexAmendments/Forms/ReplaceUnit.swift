import ChronolexModel

/// "l'alinéa 1er est remplacé par ce qui suit : « … »", "le § 2 est remplacé par …",
/// "L'article 35 est remplacé par ce qui suit : « Art. 35. … »", "les alinéas 3 et 4 sont
/// remplacés par ce qui suit", "L'intitulé … est remplacé par ce qui suit", and the
/// French (France) "l'article 42 est ainsi rédigé : « … »".
enum ReplaceUnitForm: InstructionForm {
    static func read(_ s: inout Scanner, _ clause: ClauseInput) throws(InstructionError) -> [ClauseOutput]? {
        switch clause.subject {
        case .unit, .none: break
        default: return nil
        }
        guard s.takeAuxiliary() || s.takeAny(["wordt", "worden"]) != nil else { return nil }
        var announced: Bool
        if s.take("ainsi"), s.takeParticiple("redig") {
            announced = true
        } else if s.takeParticiple("remplac") || s.take("vervangen") {
            announced = NewText.takeAnnouncement(&s)
            if !announced, s.take("par") {
                // "remplacé par un alinéa rédigé comme suit", "par les alinéas suivants".
                _ = NewUnit.read(&s)
                _ = s.takeAny(["suivant", "suivants", "suivante", "suivantes"])
                announced = NewText.takeAnnouncement(&s) || true
            }
        } else {
            return nil
        }
        let target = EditTarget(parts: clause.target, through: clause.through)
        let text = try NewText.read(&s, announced: announced, partial: ClauseOutput(target: target, operation: Operation(.replace)))
        return [ClauseOutput(target: target, operation: Operation(.replace, newText: text))]
    }
}
