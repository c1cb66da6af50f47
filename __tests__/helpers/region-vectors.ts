/** domain.md "Test vectors" for regions, shared by the catalogue tests and the hosting-mainland rule tests. */

/** Regions: mainland (PASS). */
export const MAINLAND_REGIONS: [provider: string, region: string][] = [
  ['aliyun', 'cn-hangzhou'],
  ['aliyun', 'cn-wulanchabu'],
  ['aliyun', 'cn-wuhan-lr'],
  ['aliyun', 'cn-shanghai-finance-1'],
  ['tencent', 'ap-guangzhou'],
  ['tencent', 'ap-shenzhen-fsi'],
  ['huawei', 'cn-north-4'],
  ['huawei', 'cn-north-9'],
  ['huawei', 'cn-east-3'],
  ['aws', 'cn-north-1'],
  ['aws', 'cn-northwest-1'],
  ['azure', 'chinaeast2'],
  ['azure', 'chinanorth3'],
  ['baidu', 'bj'],
  ['baidu', 'fwh'],
  ['volcengine', 'cn-beijing'],
  ['volcengine', 'cn-guangzhou'],
]

/** Regions: NOT mainland (FAIL), with the place a message names. */
export const NOT_MAINLAND_REGIONS: [provider: string, region: string, place: string][] = [
  ['aliyun', 'cn-hongkong', 'Hong Kong'],
  ['aliyun', 'ap-southeast-1', 'Singapore'],
  ['tencent', 'ap-hongkong', 'Hong Kong'],
  ['tencent', 'ap-taipei', 'Taiwan'],
  ['huawei', 'ap-southeast-1', 'Hong Kong'],
  ['huawei', 'ap-southeast-3', 'Singapore'],
  ['baidu', 'hkg', 'Hong Kong'],
  ['baidu', 'sin', 'Singapore'],
  ['volcengine', 'cn-hongkong', 'Hong Kong'],
  ['volcengine', 'ap-southeast-1', 'Johor'],
  ['gcp', 'asia-east2', 'Hong Kong'],
  ['gcp', 'asia-east1', 'Taiwan'],
  ['aws', 'us-east-1', 'United States'],
]
