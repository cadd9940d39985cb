test('one plus one', () => expect(1 + 1).toBe(2))
