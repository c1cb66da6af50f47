/**
 * Names every JavaScript object inherits (`constructor`, `toString`, `__proto__` …) written where a
 * name is looked up in a table: an XML entity in a manifest or an Info.plist, an Xcode build setting,
 * a province, a cloud provider or region, a store, an app id. A plain object answers such a name with
 * what it inherits (Object, a function, Object.prototype); each lookup must answer as for any other
 * unknown name. Before, `&constructor;` decoded to "function Object() { [native code] }",
 * `$(constructor)` crashed the Xcode scan and `$(toString)` expanded to nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { parseXmlPlist, PlistError } from '../../src/artifacts/plist.js'
import { lookupRegion, resolveProvider } from '../../src/catalog/regions.js'
import { resolveProvince } from '../../src/catalog/provinces.js'
import { findStore } from '../../src/catalog/stores.js'
import { expandBuildSetting } from '../../src/sources/xcode.js'
import { decodeXmlEntities } from '../../src/sources/xml-scan.js'

const INHERITED = Object.getOwnPropertyNames(Object.prototype)

describe('names every object inherits are unknown names', () => {
  it('covers the names a table would answer wrongly', () => {
    expect(INHERITED).toEqual(expect.arrayContaining(['constructor', 'toString', 'valueOf', '__proto__']))
  })

  it.each(INHERITED)('&%s; in a source XML file is kept as written', (name) => {
    expect(decodeXmlEntities(`com.example&${name};x`)).toBe(`com.example&${name};x`)
  })

  it.each(INHERITED)('&%s; in an XML Info.plist is refused as no XML entity', (name) => {
    const plist = `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>CFBundleIdentifier</key><string>com.example&${name};</string></dict></plist>`
    // Entities longer than twelve characters are refused before the table is asked.
    expect(() => parseXmlPlist(plist)).toThrow(PlistError)
    expect(() => parseXmlPlist(plist)).toThrow(/entity/)
  })

  it.each(INHERITED)('$(%s) in an Xcode build setting is a setting defined nowhere', (name) => {
    expect(expandBuildSetting(`com.example.$(${name})`, () => undefined, 'Shop')).toEqual({ missing: name })
  })

  it.each(INHERITED)('%s is no province, cloud provider, region or store', (name) => {
    expect(resolveProvince(name)).toBeUndefined()
    expect(resolveProvider(name)).toBeUndefined()
    expect(lookupRegion('aliyun', name)).toBeUndefined()
    expect(findStore(name)).toBeUndefined()
  })
})
