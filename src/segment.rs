//! Word segmentation (jieba-rs), shared by the entity recogniser and the summariser.
