/** The readers of constants outside a build script: gradle.properties, build-logic Kotlin, xcconfig. */
import { describe, expect, it } from '@jest/globals'
import { readGradleProperties, readKotlinConstants, SymbolTable } from '../../src/sources/gradle-symbols.js'
import { parseXcconfig } from '../../src/sources/xcconfig.js'

const at = (table: SymbolTable, ...path: string[]) => {
  const found = table.lookup(path)
  return found && [found.value, found.location.line, found.location.column]
}

describe('gradle.properties', () => {
  it('reads key=value and key: value, skips comments and escaped values, handles CRLF', () => {
    const table = new SymbolTable()
    readGradleProperties(
      'gradle.properties',
      '# comment\r\nappId=com.example.shop\r\n! other\r\nsuffix: .cn \r\nescaped=a\\\r\n  b\r\n',
      table,
    )
    expect(at(table, 'appId')).toEqual(['com.example.shop', 2, 7])
    expect(at(table, 'suffix')).toEqual(['.cn', 4, 9])
    expect(table.lookup(['escaped'])).toBeUndefined()
  })
})

describe('build-logic Kotlin', () => {
  const SOURCE = `package config

// const val FAKE = "in a comment"
object BuildTimeConfig {
    const val APPLICATION_ID = "io.example.x"
    object Nested {
        const val SUFFIX: String = ".nested"
    }
    val notConst = "x"
}

enum class BuildType(val applicationIdSuffix: String? = null, val other: Int = 0) {
    DEBUG(".debug"),
    STAGING(".staging", 2) {
        override fun toString() = "s"
    },
    RELEASE,
    ;
    fun describe() = name
}

const val TOP = "top"
`
  const table = new SymbolTable()
  readKotlinConstants('plugins/BuildTimeConfig.kt', SOURCE, table)
  it('reads const val in objects (nested) and at top level, not comments or plain vals', () => {
    expect(at(table, 'BuildTimeConfig', 'APPLICATION_ID')).toEqual(['io.example.x', 5, 32])
    expect(at(table, 'BuildTimeConfig', 'Nested', 'SUFFIX')).toEqual(['.nested', 7, 36])
    expect(at(table, 'TOP')).toEqual(['top', 22, 17])
    expect(table.lookup(['FAKE'])).toBeUndefined()
    expect(table.lookup(['BuildTimeConfig', 'notConst'])).toBeUndefined()
  })
  it("reads enum constants' properties from arguments or the default (null)", () => {
    expect(at(table, 'BuildType', 'DEBUG', 'applicationIdSuffix')).toEqual(['.debug', 13, 11])
    expect(at(table, 'BuildType', 'STAGING', 'applicationIdSuffix')).toEqual(['.staging', 14, 13])
    expect(at(table, 'BuildType', 'RELEASE', 'applicationIdSuffix')).toEqual([null, 17, 5])
  })
  it('a qualified reference finds the declared suffix of its path', () => {
    expect(at(table, 'config', 'BuildTimeConfig', 'APPLICATION_ID')?.[0]).toBe('io.example.x')
  })
})

describe('xcconfig', () => {
  it('reads settings, includes, iOS-conditional keys, and ignores comments and other SDKs', () => {
    const { entries } = parseXcconfig(
      'Config/App.xcconfig',
      '#include "Shared.xcconfig"\n#include? "Local.xcconfig"\n// PRODUCT_BUNDLE_IDENTIFIER = fake\nBUNDLE_ID_PREFIX = com.example // trailing\nKEY[sdk=iphoneos*] = ios\nKEY[sdk=macosx*] = mac\nEMPTY =\n',
    )
    expect(
      entries.map((e) =>
        e.kind === 'include'
          ? ['include', e.path]
          : [e.key, e.setting.value, e.setting.location.line, e.setting.location.column],
      ),
    ).toEqual([
      ['include', 'Shared.xcconfig'],
      ['include', 'Local.xcconfig'],
      ['BUNDLE_ID_PREFIX', 'com.example', 4, 20],
      ['KEY', 'ios', 5, 22],
      ['EMPTY', '', 7, 8],
    ])
  })
})
