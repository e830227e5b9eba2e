# Files of the api area of dxcore: the typed Docker Engine API (paths, queries, JSON → values,
# the Docker Commands record of what was sent) and the long-job contract.
target_sources(dxcore PRIVATE
    api/apicall.h api/apiresult.h
    api/apirequest.cpp api/apirequest_p.h
    api/buildapi.cpp api/buildapi.h
    api/commandrecord.cpp api/commandrecord.h
    api/containersapi.cpp api/containersapi.h
    api/containerspec.cpp api/containerspec.h
    api/containerstatus.cpp
    api/containertypes.cpp api/containertypes.h
    api/dockerapi.cpp api/dockerapi.h
    api/execapi.cpp api/execapi.h
    api/imageprogress.cpp api/imageprogress.h
    api/imagesapi.cpp api/imagesapi.h
    api/job.cpp api/job.h
    api/jsonfields.cpp api/jsonfields.h
    api/networksapi.cpp api/networksapi.h
    api/resourcetypes.cpp api/resourcetypes.h
    api/systemapi.cpp api/systemapi.h
    api/volumesapi.cpp api/volumesapi.h
)
