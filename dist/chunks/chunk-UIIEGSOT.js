
// src/declaration/yaml-scalars.ts
var NULL = /^(?:~|null|Null|NULL)$/;
var TRUE = /^(?:true|True|TRUE)$/;
var FALSE = /^(?:false|False|FALSE)$/;
var DECIMAL = /^[-+]?[0-9]+$/;
var OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function plainIsString(source) {
  return ![NULL, TRUE, FALSE, DECIMAL, OTHER_NUMBER].some((pattern) => pattern.test(source));
}

export {
  NULL,
  TRUE,
  FALSE,
  DECIMAL,
  OTHER_NUMBER,
  plainIsString
};
