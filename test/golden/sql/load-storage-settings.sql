-- params: {}
SET disabled_compression_methods = 'fsst,dict_fsst,dictionary'
