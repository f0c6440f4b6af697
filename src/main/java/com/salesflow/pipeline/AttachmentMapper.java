package com.salesflow.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AttachmentMapper {

  void insert(@Param("attachment") Attachment attachment, @Param("content") byte[] content);

  List<Attachment> findByOpportunity(String opportunityId);

  Optional<StoredFile> findFile(@Param("opportunityId") String opportunityId,
      @Param("id") String id);

  Set<String> findKinds(String opportunityId);

  int findLatestVersion(@Param("opportunityId") String opportunityId, @Param("kind") String kind);
}
