"""The contract suite: schemathesis fuzzing of a 医易签 server against openapi/yiyiqian.yaml."""
