import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256, sha256Hex } from '../../src/domain/sha256'

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes the FIPS 180-2 vector %j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected)
  })

  it('hashes one million "a"', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
  })

  it('hashes a string as its UTF-8 bytes', () => {
    const text = 'Wadenschmerz: 5/10 ✓ 🦵'
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })

  // Lengths around the 55/56/64-byte padding boundaries are where hand-written hashes usually go wrong.
  it.each([1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000])('matches node:crypto for %i bytes', (n) => {
    const bytes = new Uint8Array(n)
    for (let i = 0; i < n; i++) bytes[i] = (i * 31 + 7) & 0xff
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  it('returns 32 bytes', () => {
    expect(sha256(new Uint8Array([1, 2, 3]))).toHaveLength(32)
  })
})
