import { describe, it, expect } from '@jest/globals'
import { findStore, STORES } from '../../src/catalog/stores.js'

describe('the store catalogue', () => {
  it('has each id once, so an id names one store', () => {
    const ids = STORES.map((store) => store.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('finds every store by its id, and nothing by another', () => {
    for (const store of STORES) expect(findStore(store.id)).toBe(store)
    expect(findStore('huawei')).toBeUndefined()
    expect(findStore('__proto__')).toBeUndefined()
  })
})
